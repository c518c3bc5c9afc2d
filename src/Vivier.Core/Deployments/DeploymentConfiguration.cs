using Vivier.Core.Recruitment;

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
        deployment.HasOne<Post>().WithMany().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Restrict);
        deployment.Property(d => d.ExternalKey).HasMaxLength(200);
        deployment.Property(d => d.EndReason).HasMaxLength(Deployment.MaxReason);
        deployment.Property(d => d.CancellationReason).HasMaxLength(Deployment.MaxReason);
        deployment.Property(d => d.ExpertGender).HasConversion<string>().HasMaxLength(10);
        deployment.Ignore(d => d.Start);
        deployment.Ignore(d => d.End);
        deployment.HasMany(d => d.Themes).WithMany().UsingEntity(
            "deployment_themes",
            r => r.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Deployment)).WithMany().HasForeignKey("DeploymentId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("DeploymentId", "ThemeCode"));
        deployment.HasMany(d => d.Sponsors).WithMany().UsingEntity(
            "deployment_sponsors",
            r => r.HasOne(typeof(Organisation)).WithMany().HasForeignKey("SponsorId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Deployment)).WithMany().HasForeignKey("DeploymentId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("DeploymentId", "SponsorId"));
        // A hire is recorded once: a second deployment for the same application cannot exist.
        deployment.HasIndex(d => d.ApplicationId).IsUnique();
        deployment.HasIndex(d => d.PersonId);
        deployment.HasIndex(d => d.PostId);
        deployment.HasIndex(d => d.ExternalKey).IsUnique();
        // The roster at a date: one range test on the days in post.
        deployment.HasIndex(d => new { d.InPostFrom, d.InPostUntil });
        deployment.HasIndex(d => new { d.Status, d.PlannedStart });
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.Property(p => p.Code).HasMaxLength(Post.MaxCode);
        post.HasIndex(p => p.Code).IsUnique();
        post.Property(p => p.Title).HasMaxLength(200);
        post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(3);
        post.Property(p => p.CountryCode).HasMaxLength(2).IsFixedLength();
        post.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryCode).OnDelete(DeleteBehavior.Restrict);
        post.Property(p => p.HostInstitution).HasMaxLength(200);
    }
}

internal sealed class DeploymentEventConfiguration : IEntityTypeConfiguration<DeploymentEvent>
{
    public void Configure(EntityTypeBuilder<DeploymentEvent> change)
    {
        change.HasOne<Deployment>().WithMany().HasForeignKey(e => e.DeploymentId).OnDelete(DeleteBehavior.Cascade);
        change.Property(e => e.Action).HasMaxLength(20);
        change.Property(e => e.Detail).HasMaxLength(2000);
        change.HasIndex(e => new { e.DeploymentId, e.At });
    }
}

internal sealed class ChecklistConfiguration : IEntityTypeConfiguration<ChecklistTemplateItem>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplateItem> item)
    {
        item.ToTable("checklist_template");
        item.Property(i => i.TitleFr).HasMaxLength(200);
        item.Property(i => i.TitleEn).HasMaxLength(200);
        item.Property(i => i.Owner).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> item)
    {
        item.HasOne<Deployment>().WithMany().HasForeignKey(i => i.DeploymentId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Person>().WithMany().HasForeignKey(i => i.DoneBy).OnDelete(DeleteBehavior.Restrict);
        item.Property(i => i.TitleFr).HasMaxLength(200);
        item.Property(i => i.TitleEn).HasMaxLength(200);
        item.Property(i => i.Owner).HasConversion<string>().HasMaxLength(10);
        item.HasIndex(i => new { i.DeploymentId, i.Position });
        // The reminder job's question: open items due soon, not yet reminded.
        item.HasIndex(i => new { i.DoneAt, i.DueOn });
    }
}

internal sealed class DirectoryListingConfiguration : IEntityTypeConfiguration<DirectoryListing>
{
    public void Configure(EntityTypeBuilder<DirectoryListing> listing)
    {
        listing.HasKey(l => l.PersonId);
        listing.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        listing.Property(l => l.Headline).HasMaxLength(DirectoryListing.MaxHeadline);
    }
}
