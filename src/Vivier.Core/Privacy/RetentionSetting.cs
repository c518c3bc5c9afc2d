namespace Vivier.Core.Privacy;

/// <summary>The admin's choice of period for one row of the retention table; a row without one keeps its default.</summary>
public sealed class RetentionSetting
{
    public required string RuleKey { get; init; }
    public required RetentionPeriod Period { get; set; }
    public required DateTime ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}

/// <summary>
/// One pass of the retention job, or of an admin's preview: when, whether it deleted anything or
/// only counted what would go (a dry run), and its counts by rule. Counts only, never the data.
/// </summary>
public sealed class RetentionRun
{
    public long Id { get; init; }
    public required DateTime StartedAt { get; init; }
    public DateTime FinishedAt { get; set; }
    public required bool DryRun { get; init; }
    /// <summary>Who asked for it; null for the job.</summary>
    public Guid? RequestedBy { get; init; }
    public List<RetentionCount> Counts { get; init; } = [];
}

/// <summary>How many items one rule deleted (or would delete) in one run.</summary>
public sealed class RetentionCount
{
    public required string RuleKey { get; init; }
    public required int Count { get; init; }
}

/// <summary>
/// What remains of an unsuccessful application once its data is deleted: the evidence of the
/// recruitment decision the law may ask for (who applied to what, when, how far it went, who moved
/// it and when), without letter, answers, CV or reasons. Kept under its own clock
/// (<see cref="RetentionRules.RecruitmentEvidence"/>). The person is named by their id alone.
/// </summary>
public sealed class RecruitmentEvidence
{
    public required Guid ApplicationId { get; init; }
    public required long MissionId { get; init; }
    public required Guid PersonId { get; init; }
    public DateTime? SubmittedAt { get; init; }
    /// <summary>The stage it ended in (a draft: none) and the furthest stage of the funnel it reached.</summary>
    public string? FinalStage { get; init; }
    public string? FurthestStage { get; init; }
    /// <summary>When the process ended for it, the evidence's clock.</summary>
    public required DateTime EndedAt { get; init; }
    public List<EvidenceMove> Moves { get; init; } = [];
    public required DateTime ArchivedAt { get; init; }
}

/// <summary>One move of the application through the pipeline, without its reason.</summary>
public sealed class EvidenceMove
{
    public required DateTime At { get; init; }
    public string? FromStage { get; init; }
    public required string ToStage { get; init; }
    public Guid? ActorId { get; init; }
}

internal sealed class PrivacyConfiguration : IEntityTypeConfiguration<RetentionSetting>, IEntityTypeConfiguration<RetentionRun>, IEntityTypeConfiguration<RecruitmentEvidence>
{
    public void Configure(EntityTypeBuilder<RetentionSetting> setting)
    {
        setting.ToTable("retention_settings");
        setting.HasKey(s => s.RuleKey);
        setting.Property(s => s.RuleKey).HasMaxLength(40);
        setting.Property(s => s.Period).HasConversion(p => p.ToString(), text => RetentionPeriod.Parse(text)).HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<RetentionRun> run)
    {
        run.ToTable("retention_runs");
        run.HasKey(r => r.Id);
        run.HasIndex(r => r.StartedAt);
        run.OwnsMany(r => r.Counts, count => count.ToJson());
    }

    public void Configure(EntityTypeBuilder<RecruitmentEvidence> evidence)
    {
        evidence.ToTable("recruitment_evidence");
        evidence.HasKey(e => e.ApplicationId);
        evidence.HasIndex(e => e.EndedAt);
        evidence.HasIndex(e => e.PersonId);
        evidence.Property(e => e.FinalStage).HasMaxLength(30);
        evidence.Property(e => e.FurthestStage).HasMaxLength(30);
        evidence.OwnsMany(e => e.Moves, move => move.ToJson());
    }
}

/// <summary>
/// A mail telling a candidate their data will be erased on <see cref="DueAt"/> unless they come
/// back, sent once for each notice and each due date (a new contact moves the date, and the
/// notices are due again).
/// </summary>
public sealed class ErasureNotice
{
    public required Guid PersonId { get; init; }
    public required int DaysBefore { get; init; }
    public required DateTime DueAt { get; init; }
    public required DateTime SentAt { get; init; }
}

internal sealed class ErasureNoticeConfiguration : IEntityTypeConfiguration<ErasureNotice>
{
    public void Configure(EntityTypeBuilder<ErasureNotice> notice)
    {
        notice.ToTable("erasure_notices");
        notice.HasKey(n => new { n.PersonId, n.DaysBefore, n.DueAt });
        notice.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
