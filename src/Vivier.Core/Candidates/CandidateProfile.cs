using System.Text.Json.Serialization;

namespace Vivier.Core.Candidates;

/// <summary>Self-declared; used only for parity statistics, never shown to reviewers, sponsors or partners.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SelfDeclaredGender>))]
public enum SelfDeclaredGender
{
    Woman,
    Man,
    Other,
}

/// <summary>Where the text of a CV stands: extracted in the background, off the request path.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CvTextStatus>))]
public enum CvTextStatus
{
    None,
    Pending,
    Extracted,
    Failed,
}

/// <summary>A language with the five Europass self-assessment levels (or a mother tongue, which has none).</summary>
public sealed class LanguageSkill
{
    public required string Code { get; set; }
    public bool MotherTongue { get; set; }
    public CefrLevel? Listening { get; set; }
    public CefrLevel? Reading { get; set; }
    public CefrLevel? SpokenInteraction { get; set; }
    public CefrLevel? SpokenProduction { get; set; }
    public CefrLevel? Writing { get; set; }
}

public sealed class CountryExperience
{
    public required string CountryCode { get; set; }
    public int Years { get; set; }
}

/// <summary>Dates are <see cref="PartialDate"/> texts: as precise as the person gave them.</summary>
public sealed class EducationEntry
{
    public required string Title { get; set; }
    public string? Organisation { get; set; }
    /// <summary>European Qualifications Framework level, 1 to 8.</summary>
    public int? EqfLevel { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? CountryCode { get; set; }
}

public sealed class EmploymentEntry
{
    public required string Position { get; set; }
    public string? Employer { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public bool Current { get; set; }
    public string? City { get; set; }
    public string? CountryCode { get; set; }
    public string? Description { get; set; }
}

/// <summary>
/// What a candidate tells recruiters and what matching reads: the most sensitive personal data in
/// Vivier. Only the person and staff read it (the gender, only the person and parity statistics).
/// One per person; the names live on the account.
/// </summary>
public sealed class CandidateProfile
{
    public required Guid PersonId { get; init; }
    public string? Phone { get; set; }
    public string? ContactEmail { get; set; }
    public List<string> Nationalities { get; set; } = [];
    public string? ResidenceCountryCode { get; set; }
    public SelfDeclaredGender? Gender { get; set; }
    public List<LanguageSkill> Languages { get; set; } = [];
    /// <summary>OECD DAC purpose codes.</summary>
    public List<string> SectorCodes { get; set; } = [];
    public List<string> ThemeCodes { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<CountryExperience> CountriesWorked { get; set; } = [];
    public int? YearsOfExperience { get; set; }
    public List<EducationEntry> Education { get; set; } = [];
    public List<EmploymentEntry> Employment { get; set; } = [];
    public DateOnly? AvailableFrom { get; set; }
    /// <summary>Since when the current employer is a French public administration; null: it is not (the END kind's rule reads it).</summary>
    public DateOnly? FrenchPublicEmployerSince { get; set; }
    public string? Pitch { get; set; }
    /// <summary>When the person agreed to stay in the talent pool; null when they did not (or withdrew).</summary>
    public DateTime? TalentPoolConsentAt { get; set; }
    public Guid? CvFileId { get; set; }
    public CvTextStatus CvTextStatus { get; set; }
    /// <summary>The CV's text, for search and matching.</summary>
    public string? CvText { get; set; }
    /// <summary>Why extraction failed, as a message key.</summary>
    public string? CvTextProblem { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Changes with every <see cref="Changed"/>; empty on a profile never saved.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The profile of a person who has never saved one: it has no version yet.</summary>
    public static CandidateProfile Unsaved(Guid personId) => new() { PersonId = personId, Version = Guid.Empty };

    /// <summary>The person saved their profile: a form read before is now stale.</summary>
    public void Changed(DateTime now) => (UpdatedAt, Version) = (now, Guid.NewGuid());

    /// <summary>A new CV replaces the old one; its text is extracted again.</summary>
    public void AttachCv(Guid fileId, DateTime now)
    {
        (CvFileId, CvText, CvTextProblem, CvTextStatus) = (fileId, null, null, CvTextStatus.Pending);
        Changed(now);
    }
}
