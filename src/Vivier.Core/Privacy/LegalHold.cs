namespace Vivier.Core.Privacy;

/// <summary>
/// A named reason (a dispute, an inquiry) to keep a person's data past its periods: while a hold
/// stands, neither the retention job nor an erasure touches anything of theirs. Lifting it lets
/// the clocks, which kept running, apply at the next run.
/// </summary>
public sealed class LegalHold
{
    public const int MaxReason = 500;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public required string Reason { get; init; }
    public required DateTime PlacedAt { get; init; }
    public required Guid PlacedBy { get; init; }
    public DateTime? LiftedAt { get; private set; }
    public Guid? LiftedBy { get; private set; }

    public void Lift(Guid by, DateTime now) => (LiftedAt, LiftedBy) = (now, by);

    /// <summary>The people under a hold now.</summary>
    public static IQueryable<Guid> Held(VivierDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalHolds.Where(h => h.LiftedAt == null).Select(h => h.PersonId);
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> hold)
    {
        hold.ToTable("legal_holds");
        hold.HasKey(h => h.Id);
        hold.Property(h => h.Reason).HasMaxLength(LegalHold.MaxReason);
        hold.HasIndex(h => new { h.PersonId, h.LiftedAt });
    }
}
