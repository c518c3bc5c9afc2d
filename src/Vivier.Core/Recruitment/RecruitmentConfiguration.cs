using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vivier.Core.Files;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Core.Recruitment;

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> stage)
    {
        stage.HasKey(s => s.Key);
        stage.Property(s => s.Key).HasMaxLength(30);
        stage.Property(s => s.NameFr).HasMaxLength(80);
        stage.Property(s => s.NameEn).HasMaxLength(80);
        stage.Property(s => s.CandidateLabelFr).HasMaxLength(120);
        stage.Property(s => s.CandidateLabelEn).HasMaxLength(120);
    }
}

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> application)
    {
        application.ToTable("applications");
        application.HasOne<Mission>().WithMany().HasForeignKey(a => a.MissionId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<PipelineStage>().WithMany().HasForeignKey(a => a.StageKey).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.CvFileId).OnDelete(DeleteBehavior.Restrict);
        application.Property(a => a.CoverLetter).HasMaxLength(JobApplication.MaxCoverLetter);
        application.Property(a => a.StageKey).HasMaxLength(30);
        application.Property(a => a.Version).IsConcurrencyToken();
        application.Ignore(a => a.IsDraft);
        // One application per person and mission: a double click or a retried request finds this one.
        application.HasIndex(a => new { a.MissionId, a.PersonId }).IsUnique();
        application.HasIndex(a => new { a.MissionId, a.StageKey });
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> change)
    {
        change.HasOne<JobApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        change.Property(e => e.FromStage).HasMaxLength(30);
        change.Property(e => e.ToStage).HasMaxLength(30);
        change.Property(e => e.Reason).HasMaxLength(1000);
        change.HasIndex(e => new { e.ApplicationId, e.At });
    }
}
