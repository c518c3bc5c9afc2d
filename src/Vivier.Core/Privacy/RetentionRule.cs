using System.Text.Json.Serialization;

namespace Vivier.Core.Privacy;

/// <summary>The lawful basis (GDPR article 6, and article 17(3)(e) for evidence) a kind of data is kept under.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegalBasis>))]
public enum LegalBasis
{
    /// <summary>Article 6(1)(a): the person agreed, and can withdraw.</summary>
    Consent,
    /// <summary>Article 6(1)(b): steps taken at the person's request before a contract (an application), or the contract itself.</summary>
    Contract,
    /// <summary>Article 6(1)(c), with article 32: a legal obligation, such as the security of processing.</summary>
    LegalObligation,
    /// <summary>Article 6(1)(f): the programme's legitimate interest, weighed against the person's.</summary>
    LegitimateInterest,
    /// <summary>Article 17(3)(e): the establishment, exercise or defence of legal claims.</summary>
    LegalClaims,
}

/// <summary>
/// One row of the retention table: a kind of data kept for one purpose, how long after its clock
/// starts (the default, which the admin may shorten, or lengthen up to the ceiling the rules allow),
/// and why. Its words (what, from when, what happens) are resources under <c>Retention.{Key}.*</c>;
/// <c>docs/PRIVACY.md</c> and the privacy notice show this same table.
/// </summary>
public sealed record RetentionRule(string Key, RetentionPeriod Default, RetentionPeriod Ceiling, LegalBasis Basis)
{
    /// <summary>A configuration key that sets this row's period instead of the admin's page (the idempotency records' lifetime, read on every request).</summary>
    public string? ConfigurationKey { get; init; }

    public bool Allows(RetentionPeriod period) => period.Amount is > 0 and <= RetentionPeriod.MaxAmount && period.NotLongerThan(Ceiling);
}

/// <summary>The retention table: every kind of personal data Vivier deletes by itself, in the order the notice lists them.</summary>
public static class RetentionRules
{
    public const string UnsuccessfulApplications = "applications-unsuccessful";
    public const string UnusedAccounts = "accounts-unused";
    public const string CvFiles = "cv-files";
    public const string TalentPool = "talent-pool";
    public const string VisaLetterData = "visa-letter-data";
    public const string CheckIns = "check-ins";
    public const string MeetingRequests = "meeting-requests";
    public const string AuditLog = "audit-log";
    public const string OutboxMails = "outbox-mails";
    public const string IdempotencyRecords = "idempotency-records";
    public const string RecruitmentEvidence = "recruitment-evidence";
    public const string PseudonymisedDeployments = "pseudonymised-deployments";

    private static RetentionPeriod Hours(int n) => new(n, RetentionUnit.Hours);
    private static RetentionPeriod Days(int n) => new(n, RetentionUnit.Days);
    private static RetentionPeriod Months(int n) => new(n, RetentionUnit.Months);
    private static RetentionPeriod Years(int n) => new(n, RetentionUnit.Years);

    public static readonly IReadOnlyList<RetentionRule> All =
    [
        // The CNIL's recruitment guidance (2023): at most 3 months after the end of the process.
        new(UnsuccessfulApplications, Months(3), Months(3), LegalBasis.Contract),
        new(UnusedAccounts, Months(6), Years(1), LegalBasis.Contract),
        new(CvFiles, Days(1), Months(1), LegalBasis.Contract),
        // The CNIL again: at most 2 years after the last contact. After the CV files: an erasure takes the person's files with it.
        new(TalentPool, Years(2), Years(2), LegalBasis.Consent),
        new(VisaLetterData, Months(1), Months(3), LegalBasis.Consent),
        new(CheckIns, Years(1), Years(2), LegalBasis.LegitimateInterest),
        new(MeetingRequests, Months(3), Years(1), LegalBasis.LegitimateInterest),
        // The CNIL's recommendation on logging: 6 months to 1 year, longer only with a reason.
        new(AuditLog, Years(1), Years(3), LegalBasis.LegalObligation),
        new(OutboxMails, Months(3), Years(1), LegalBasis.LegitimateInterest),
        new(IdempotencyRecords, Hours(24), Days(7), LegalBasis.LegitimateInterest) { ConfigurationKey = "Idempotency:KeyLifetime" },
        // Discrimination claims are time-barred 5 years after the facts are revealed (Code du travail, L1134-5).
        new(RecruitmentEvidence, Years(5), Years(6), LegalBasis.LegalClaims),
        // What an erasure kept for the figures (still personal data): the roster's past figures look back ten years at most.
        new(PseudonymisedDeployments, Years(10), Years(10), LegalBasis.LegitimateInterest),
    ];

    public static RetentionRule Of(string key) => All.Single(r => r.Key == key);
}
