
namespace Vivier.Core.Privacy;

/// <summary>What a person may agree to, each for its own purpose.</summary>
public enum ConsentKind
{
    /// <summary>The privacy notice, read and accepted at sign-up: a record, not withdrawable (the account is closed by erasure).</summary>
    PrivacyNotice,
    /// <summary>To stay in the talent pool past an unsuccessful application, and be suggested for missions.</summary>
    TalentPool,
    /// <summary>To be listed in the experts' directory.</summary>
    Directory,
    /// <summary>To be photographed or filmed at an event (per event).</summary>
    ImageRights,
    /// <summary>To receive the newsletter.</summary>
    Newsletter,
}

/// <summary>Where a consent was given or withdrawn.</summary>
public enum ConsentChannel
{
    SignUp,
    ProfileForm,
    DirectoryForm,
    EventRegistration,
    MyData,
    Api,
}

/// <summary>
/// The proof of one consent: who agreed to what, when, to which wording and how; and, once
/// withdrawn, when and how. A consent given again is a new record: the history stays whole.
/// </summary>
public sealed class ConsentRecord
{
    public const int MaxScope = 64;

    public long Id { get; init; }
    public required Guid PersonId { get; init; }
    public required ConsentKind Kind { get; init; }
    /// <summary>What it applies to when the kind has several (an event's id for image rights); null otherwise.</summary>
    public string? Scope { get; init; }
    /// <summary>The version of the wording the person agreed to (<see cref="ConsentWordings"/>).</summary>
    public required string Wording { get; init; }
    public required DateTime GivenAt { get; init; }
    public required ConsentChannel GivenThrough { get; init; }
    public DateTime? WithdrawnAt { get; private set; }
    public ConsentChannel? WithdrawnThrough { get; private set; }

    public void Withdraw(DateTime now, ConsentChannel through) => (WithdrawnAt, WithdrawnThrough) = (now, through);
}

/// <summary>The version of the words each consent is asked with; a change of wording is a new version here.</summary>
public static class ConsentWordings
{
    public const string TalentPool = "2026-12-07";
    public const string Directory = "2026-12-07";
    public const string ImageRights = "2026-12-07";
    public const string Newsletter = "2026-12-07";

    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.PrivacyNotice => Identity.PrivacyNotice.Version,
        ConsentKind.TalentPool => TalentPool,
        ConsentKind.Directory => Directory,
        ConsentKind.ImageRights => ImageRights,
        ConsentKind.Newsletter => Newsletter,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of consent."),
    };
}

/// <summary>
/// Records consents as the forms that ask them change them, and withdraws them with their effect
/// everywhere at once: out of the talent pool (no longer kept past an application, never suggested),
/// out of the directory, no image rights for any event (the registrations' exports say so).
/// </summary>
public static class Consents
{
    /// <summary>Records that the person now agrees or not: a new record when given, the standing one withdrawn when not. The caller saves.</summary>
    public static async Task SetAsync(VivierDb db, Guid personId, ConsentKind kind, bool given, ConsentChannel through, DateTime now, string? scope = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var standing = db.ConsentRecords.Local.FirstOrDefault(c => c.PersonId == personId && c.Kind == kind && c.Scope == scope && c.WithdrawnAt == null)
            ?? await db.ConsentRecords.FirstOrDefaultAsync(c => c.PersonId == personId && c.Kind == kind && c.Scope == scope && c.WithdrawnAt == null, cancellationToken);
        if (given && standing is null)
        {
            db.ConsentRecords.Add(new ConsentRecord { PersonId = personId, Kind = kind, Scope = scope, Wording = ConsentWordings.Of(kind), GivenAt = now, GivenThrough = through });
        }
        else if (!given && standing is not null)
        {
            standing.Withdraw(now, through);
        }
    }

    /// <summary>Withdraws a kind of consent in every scope, with its effect at once; false for the privacy notice, which is not withdrawn. The caller saves.</summary>
    public static async Task<bool> WithdrawAsync(VivierDb db, Guid personId, ConsentKind kind, ConsentChannel through, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        switch (kind)
        {
            case ConsentKind.PrivacyNotice:
                return false;
            case ConsentKind.TalentPool:
                // The change date moves too: every instance's matching pool reads the profiles changed since it last looked.
                await db.CandidateProfiles.Where(p => p.PersonId == personId)
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.TalentPoolConsentAt, (DateTime?)null).SetProperty(x => x.UpdatedAt, now), cancellationToken);
                break;
            case ConsentKind.Directory:
                await db.DirectoryListings.Where(l => l.PersonId == personId)
                    .ExecuteUpdateAsync(l => l.SetProperty(x => x.Listed, false).SetProperty(x => x.UpdatedAt, now), cancellationToken);
                break;
            case ConsentKind.ImageRights:
                await db.Registrations.Where(r => r.PersonId == personId)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.ImageRightsConsent, false), cancellationToken);
                break;
        }
        foreach (var record in await db.ConsentRecords.Where(c => c.PersonId == personId && c.Kind == kind && c.WithdrawnAt == null).ToListAsync(cancellationToken))
        {
            record.Withdraw(now, through);
        }
        return true;
    }

    /// <summary>Whether the person's consent of this kind stands now, as the data it governs says.</summary>
    public static Task<bool> StandsAsync(VivierDb db, Guid personId, ConsentKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return kind switch
        {
            ConsentKind.PrivacyNotice => db.Users.AnyAsync(p => p.Id == personId && p.PrivacyConsentAt != null, cancellationToken),
            ConsentKind.TalentPool => db.CandidateProfiles.AnyAsync(p => p.PersonId == personId && p.TalentPoolConsentAt != null, cancellationToken),
            ConsentKind.Directory => db.DirectoryListings.AnyAsync(l => l.PersonId == personId && l.Listed, cancellationToken),
            ConsentKind.ImageRights => db.Registrations.AnyAsync(r => r.PersonId == personId && r.ImageRightsConsent, cancellationToken),
            _ => db.ConsentRecords.AnyAsync(c => c.PersonId == personId && c.Kind == kind && c.WithdrawnAt == null, cancellationToken),
        };
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> consent)
    {
        consent.ToTable("consent_records");
        consent.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.GivenThrough).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.WithdrawnThrough).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.Scope).HasMaxLength(ConsentRecord.MaxScope);
        consent.Property(c => c.Wording).HasMaxLength(20);
        consent.HasIndex(c => new { c.PersonId, c.Kind, c.WithdrawnAt });
    }
}
