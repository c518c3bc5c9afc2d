using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Profile;

/// <summary>A candidate's CV file, as its owner and staff see it listed.</summary>
public sealed record CvSummary(Guid FileId, string FileName, long Length, DateTime UploadedAt, CvTextStatus TextStatus, string? Problem);

/// <summary>
/// The profile as the API and the page exchange it (GET and PUT /api/v1/me/profile, and the
/// proposal of a Europass import). Email, consent date and CV are read-only: the account's e-mail
/// is changed elsewhere, consent is dated by the server, the CV has its own endpoint.
/// </summary>
public sealed record ProfileDocument
{
    public string GivenName { get; init; } = "";
    public string FamilyName { get; init; } = "";
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? ContactEmail { get; init; }
    public List<string> Nationalities { get; init; } = [];
    public string? ResidenceCountry { get; init; }
    /// <summary>Optional; used only for parity statistics.</summary>
    public SelfDeclaredGender? Gender { get; init; }
    public List<LanguageSkill> Languages { get; init; } = [];
    public List<string> Sectors { get; init; } = [];
    public List<string> Themes { get; init; } = [];
    public List<string> Skills { get; init; } = [];
    public List<CountryExperience> CountriesWorked { get; init; } = [];
    public int? YearsOfExperience { get; init; }
    public List<EducationEntry> Education { get; init; } = [];
    public List<EmploymentEntry> Employment { get; init; } = [];
    /// <summary>Since when the current employer is a French public administration (null: it is not); the END kind requires it.</summary>
    public DateOnly? FrenchPublicEmployerSince { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public string? Pitch { get; init; }
    public bool TalentPool { get; init; }
    public DateTime? TalentPoolConsentAt { get; init; }
    public CvSummary? Cv { get; init; }
    /// <summary>The version this document was read at; a save based on an older one is refused.</summary>
    public Guid? Version { get; init; }
}

/// <summary>What staff read of a candidate: the profile without the self-declared gender.</summary>
public sealed record StaffProfileDocument(Guid PersonId, ProfileDocument Profile);

/// <summary>A Europass file read into a proposed profile, not saved, with what was left out.</summary>
public sealed record EuropassProposal(string Format, ProfileDocument Profile, IReadOnlyList<string> Notes);

/// <summary>One opening of the CV by staff, as its owner sees it listed.</summary>
/// <summary>A reading of a person's data by someone else: when, by whom, and what (an audit action, <see cref="AuditActions.Readings"/>).</summary>
public sealed record CvView(DateTime At, string? By, string What);
