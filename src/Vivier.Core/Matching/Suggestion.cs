namespace Vivier.Core.Matching;

/// <summary>A person from the pool invited to apply to a mission: once per person and mission, and never again.</summary>
public sealed class MatchInvitation
{
    public long Id { get; init; }
    public required long MissionId { get; init; }
    public required Guid PersonId { get; init; }
    public required DateTime At { get; init; }
    public Guid? ByPersonId { get; init; }
    /// <summary>The score when the invitation was sent, as the recruiter saw it.</summary>
    public int Score { get; init; }
}

/// <summary>A suggestion a recruiter marked not relevant for a mission, with why: it leaves that mission's suggestions.</summary>
public sealed class MatchDismissal
{
    public const int MaxReason = 500;

    public long Id { get; init; }
    public required long MissionId { get; init; }
    public required Guid PersonId { get; init; }
    public required DateTime At { get; init; }
    public Guid? ByPersonId { get; init; }
    public required string Reason { get; init; }
    public int Score { get; init; }
}

/// <summary>The programme's default weights (one row), an admin setting; a mission may set its own.</summary>
public sealed class MatchingSettings
{
    public const int TheOne = 1;

    public int Id { get; init; } = TheOne;
    public MatchWeights Weights { get; set; } = MatchWeights.Default;
    public DateTime? ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<MatchInvitation>, IEntityTypeConfiguration<MatchDismissal>,
    IEntityTypeConfiguration<MatchingSettings>
{
    public void Configure(EntityTypeBuilder<MatchInvitation> invitation)
    {
        invitation.ToTable("match_invitations");
        invitation.HasOne<Mission>().WithMany().HasForeignKey(i => i.MissionId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.ByPersonId).OnDelete(DeleteBehavior.SetNull);
        // Once per person and mission, even when two recruiters click at the same moment.
        invitation.HasIndex(i => new { i.MissionId, i.PersonId }).IsUnique();
        invitation.HasIndex(i => i.PersonId);
    }

    public void Configure(EntityTypeBuilder<MatchDismissal> dismissal)
    {
        dismissal.ToTable("match_dismissals");
        dismissal.Property(d => d.Reason).HasMaxLength(MatchDismissal.MaxReason);
        dismissal.HasOne<Mission>().WithMany().HasForeignKey(d => d.MissionId).OnDelete(DeleteBehavior.Cascade);
        dismissal.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        dismissal.HasOne<Person>().WithMany().HasForeignKey(d => d.ByPersonId).OnDelete(DeleteBehavior.SetNull);
        dismissal.HasIndex(d => new { d.MissionId, d.PersonId }).IsUnique();
        dismissal.HasIndex(d => d.PersonId);
    }

    public void Configure(EntityTypeBuilder<MatchingSettings> settings)
    {
        settings.ToTable("matching_settings");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.OwnsOne(s => s.Weights, w => w.ToJson());
        settings.Navigation(s => s.Weights).IsRequired();
    }
}
