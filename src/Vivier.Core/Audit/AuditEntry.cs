namespace Vivier.Core.Audit;

/// <summary>
/// One line of the append-only record of who did or saw what, and when. Once sealed, it holds its
/// place in the chain (<see cref="Sequence"/>) and a hash over the fields erasure never changes
/// (<see cref="AuditChain"/>); the reader's address and IP stay outside it, to be blanked at erasure.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    /// <summary>The person acting; null for an anonymous visitor.</summary>
    public Guid? ActorId { get; init; }
    /// <summary>The e-mail the actor used or was known by at the time.</summary>
    public string? ActorEmail { get; init; }
    public required string Action { get; init; }
    /// <summary>The person the action was about or whose data was seen, when there is one.</summary>
    public Guid? PersonId { get; init; }
    /// <summary>What the action was about: a file, an application, a path.</summary>
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string? IpAddress { get; init; }
    /// <summary>The entry's place in the chain, given when it is sealed; null until then.</summary>
    public long? Sequence { get; set; }
    /// <summary>The hash of the entry sealed before it (of the checkpoint for the first after a purge).</summary>
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}

/// <summary>What a purge of old entries left: the last purged entry's place and hash, where the chain goes on.</summary>
public sealed class AuditCheckpoint
{
    public long Id { get; init; }
    public required long Sequence { get; init; }
    public required string Hash { get; init; }
    public required DateTime At { get; init; }
    public required int Purged { get; init; }
}

/// <summary>The actions the audit log knows; later modules add theirs. Each has its words in the resources (Audit.Action.*).</summary>
public static class AuditActions
{
    public const string SignedIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignedOutEverywhere = "signed-out-everywhere";
    public const string SignedUp = "signed-up";
    /// <summary>Someone signed up with an address that has an account (its owner is told by mail).</summary>
    public const string SignUpForTakenAddress = "sign-up-taken-address";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string PasskeyAdded = "passkey-added";
    public const string PasskeyRemoved = "passkey-removed";
    /// <summary>A passkey answer that did not verify (forged, replayed, expired, removed, or another person's).</summary>
    public const string PasskeyRefused = "passkey-refused";
    public const string Refused = "refused";
    public const string RolesChanged = "roles-changed";
    public const string Invited = "invited";
    public const string FileRead = "file-read";
    public const string CvViewed = "cv-viewed";
    public const string ProfileRead = "profile-read";
    public const string FolderRead = "folder-read";
    public const string VisaLetterRead = "visa-letter-read";
    public const string Exported = "export";
    public const string StageMoved = "stage-moved";
    /// <summary>One of several applications moved by one action (a mass decline among them).</summary>
    public const string MovedInBulk = "moved-in-bulk";
    public const string Hired = "hired";
    public const string RetentionChanged = "retention-changed";
    public const string PersonalDataExported = "personal-data-exported";
    public const string ErasureRequested = "erasure-requested";
    public const string Erased = "erased";
    public const string LegalHoldPlaced = "legal-hold-placed";
    public const string LegalHoldLifted = "legal-hold-lifted";
    public const string ConsentWithdrawn = "consent-withdrawn";
    public const string ObjectionMade = "objection-made";
    public const string ObjectionWithdrawn = "objection-withdrawn";
    public const string DataRequestAnswered = "data-request-answered";
    public const string InvitedToApply = "invited-to-apply";
    public const string SuggestionDismissed = "suggestion-dismissed";
    public const string MatchWeightsChanged = "match-weights-changed";
    public const string MatchingRulesChanged = "matching-rules-changed";

    /// <summary>The readings of a person's data that the person is shown (who at the agency opened what of theirs).</summary>
    public static readonly string[] Readings = [FileRead, CvViewed, ProfileRead, FolderRead, VisaLetterRead];
}
