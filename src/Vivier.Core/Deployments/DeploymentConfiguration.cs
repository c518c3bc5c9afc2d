using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Core.ReferenceData;

namespace Vivier.Core.Deployments;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> deployment)
    {
        deployment.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        deployment.HasOne<Mission>().WithMany().HasForeignKey(d => d.MissionId).OnDelete(DeleteBehavior.Restrict);
        deployment.HasOne<JobApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        deployment.HasOne<Country>().WithMany().HasForeignKey(d => d.CountryCode).OnDelete(DeleteBehavior.Restrict);
        deployment.Property(d => d.Kind).HasConversion<string>().HasMaxLength(3);
        deployment.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
        deployment.Property(d => d.CountryCode).HasMaxLength(2).IsFixedLength();
        deployment.Property(d => d.HostInstitution).HasMaxLength(200);
        deployment.Property(d => d.Version).IsConcurrencyToken();
        deployment.HasMany(d => d.Sponsors).WithMany().UsingEntity(
            "deployment_sponsors",
            r => r.HasOne(typeof(Organisation)).WithMany().HasForeignKey("SponsorId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Deployment)).WithMany().HasForeignKey("DeploymentId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("DeploymentId", "SponsorId"));
        // A hire is recorded once: a second deployment for the same application cannot exist.
        deployment.HasIndex(d => d.ApplicationId).IsUnique();
        deployment.HasIndex(d => d.PersonId);
        deployment.HasIndex(d => new { d.Status, d.PlannedStart });
    }
}
