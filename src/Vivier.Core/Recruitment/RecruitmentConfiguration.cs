using Vivier.Core.Database;
using Vivier.Core.Files;

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
        application.Property(a => a.FurthestStage).HasMaxLength(30);
        application.Property(a => a.ApplicantGender).HasConversion<string>().HasMaxLength(10);
        application.Ignore(a => a.IsDraft);
        application.OwnsMany(a => a.Answers, answer => answer.ToJson());
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

internal sealed class StageMailTemplateConfiguration : IEntityTypeConfiguration<StageMailTemplate>
{
    public void Configure(EntityTypeBuilder<StageMailTemplate> template)
    {
        template.HasKey(t => new { t.StageKey, t.Language });
        template.HasOne<PipelineStage>().WithMany().HasForeignKey(t => t.StageKey).OnDelete(DeleteBehavior.Cascade);
        template.Property(t => t.StageKey).HasMaxLength(30);
        template.Property(t => t.Language).HasConversion(LocaleColumn.Converter).HasMaxLength(2);
        template.Property(t => t.Subject).HasMaxLength(StageMailTemplate.MaxSubject);
        template.Property(t => t.Body).HasMaxLength(StageMailTemplate.MaxBody);
        template.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class ApplicationReviewConfiguration : IEntityTypeConfiguration<ApplicationReview>
{
    public void Configure(EntityTypeBuilder<ApplicationReview> review)
    {
        review.HasOne<JobApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<Person>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        review.OwnsMany(r => r.Scores, score => score.ToJson());
        review.Property(r => r.Comment).HasMaxLength(CriterionScore.MaxComment);
        review.Ignore(r => r.Average);
        // One review per reviewer and application: a second declaration updates the first.
        review.HasIndex(r => new { r.ApplicationId, r.ReviewerId }).IsUnique();
    }
}

internal sealed class ApplicationNoteConfiguration : IEntityTypeConfiguration<ApplicationNote>
{
    public void Configure(EntityTypeBuilder<ApplicationNote> note)
    {
        note.HasOne<JobApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        note.Property(n => n.Text).HasMaxLength(ApplicationNote.MaxText);
        note.HasIndex(n => new { n.ApplicationId, n.At });
    }
}
