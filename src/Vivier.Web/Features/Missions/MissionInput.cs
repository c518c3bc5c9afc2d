using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Missions;

/// <summary>A mission as staff write it, on the page or through the API. Messages are resource keys.</summary>
public sealed class MissionInput
{
    [Required(ErrorMessage = "Validation.Required")] [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.Title")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.TitleEn")]
    public string? TitleEn { get; set; }

    [Display(Name = "MissionForm.Kind")]
    public ExpertKind Kind { get; set; } = ExpertKind.ETI;

    [Required(ErrorMessage = "Validation.Required")] [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Board.Invalid.country")]
    [Display(Name = "MissionForm.Country")]
    public string CountryCode { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")] [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.City")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")] [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.HostInstitution")]
    public string HostInstitution { get; set; } = "";

    /// <summary>Short names of sponsoring ministries (MEAE, DG Trésor).</summary>
    [Display(Name = "MissionForm.Sponsors")]
    public List<string> Sponsors { get; set; } = [];

    /// <summary>Codes of the programme's themes.</summary>
    [Display(Name = "MissionForm.Themes")]
    public List<string> Themes { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")] [StringLength(20_000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.Description")]
    public string Description { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = "Validation.Required")] [StringLength(20_000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.Profile")]
    public string Profile { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.ProfileEn")]
    public string? ProfileEn { get; set; }

    /// <summary>Languages with their level, as "fr:C1 en:B2": separated by spaces, as <see cref="ParsedLanguages"/> reads them.</summary>
    [RegularExpression(@"^ *([a-z]{2}:(A1|A2|B1|B2|C1|C2) *)*$", ErrorMessage = "MissionForm.Languages.Invalid")]
    [Display(Name = "MissionForm.Languages")]
    public string? Languages { get; set; }

    /// <summary>Skills a candidate must have, one per line.</summary>
    [StringLength(3000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.RequiredSkills")]
    public string? RequiredSkills { get; set; }

    /// <summary>Skills that count in a candidate's favour, one per line.</summary>
    [StringLength(3000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.DesirableSkills")]
    public string? DesirableSkills { get; set; }

    /// <summary>OECD DAC purpose codes (5 digits); the page sends them in one field, separated by spaces.</summary>
    [Display(Name = "MissionForm.SectorCodes")]
    public List<string> SectorCodes { get; set; } = [];

    [Range(0, 40, ErrorMessage = "MissionForm.MinYears.Invalid")] [Display(Name = "MissionForm.MinYearsOfExperience")]
    public int? MinYearsOfExperience { get; set; }

    /// <summary>Countries (ISO codes) where experience counts as if in the mission's; the page sends them in one field.</summary>
    [Display(Name = "MissionForm.ValuedCountries")]
    public List<string> ValuedCountries { get; set; } = [];

    /// <summary>Continents (Africa, Asia, …) where experience counts; the mission's own always does.</summary>
    [Display(Name = "MissionForm.ValuedRegions")]
    public List<string> ValuedRegions { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")] [Display(Name = "MissionForm.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Range(1, 60, ErrorMessage = "MissionForm.Duration.Invalid")] [Display(Name = "MissionForm.DurationMonths")]
    public int DurationMonths { get; set; } = 24;

    [Range(Mission.MinPay, Mission.MaxPay, ErrorMessage = "MissionForm.Pay.Invalid")] [Display(Name = "MissionForm.PayMinMonthly")]
    public int? PayMinMonthly { get; set; }

    [Range(Mission.MinPay, Mission.MaxPay, ErrorMessage = "MissionForm.Pay.Invalid")] [Display(Name = "MissionForm.PayMaxMonthly")]
    public int? PayMaxMonthly { get; set; }

    [Required(ErrorMessage = "Validation.Required")] [Display(Name = "MissionForm.Deadline")]
    public DateOnly? Deadline { get; set; }

    /// <summary>Questions every candidate answers, one per line.</summary>
    [StringLength(4000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.ScreeningQuestions")]
    public string? ScreeningQuestions { get; set; }

    /// <summary>What reviewers score on, one per line; the programme's defaults when empty.</summary>
    [StringLength(2000, ErrorMessage = "Validation.TooLong")] [Display(Name = "MissionForm.ReviewCriteria")]
    public string? ReviewCriteria { get; set; }

    /// <summary>The non-blank lines of a one-per-line field, trimmed, without repeats.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>The codes of a list field, whether sent one per entry (API) or several in one (page).</summary>
    public static List<string> Codes(IEnumerable<string> values) =>
        values.SelectMany(v => (v ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct().ToList();

    public IReadOnlyList<SoughtSkill> ParsedSkills() =>
        [.. Lines(RequiredSkills).Select(s => new SoughtSkill { Name = s, Required = true }),
         .. Lines(DesirableSkills).Select(s => new SoughtSkill { Name = s, Required = false })];

    public IReadOnlyList<MissionLanguage> ParsedLanguages() =>
        (Languages ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split(':'))
            .Select(parts => new MissionLanguage(parts[0], Enum.Parse<CefrLevel>(parts[1])))
            .DistinctBy(l => l.LanguageCode)
            .ToList();

    public static MissionInput From(Mission mission) => new()
    {
        Title = mission.Title,
        TitleEn = mission.TitleEn,
        Kind = mission.Kind,
        CountryCode = mission.CountryCode,
        City = mission.City,
        HostInstitution = mission.HostInstitution,
        Sponsors = mission.Sponsors.Select(s => s.ShortName).ToList(),
        Themes = mission.Themes.Select(t => t.Code).ToList(),
        Description = mission.Description,
        DescriptionEn = mission.DescriptionEn,
        Profile = mission.Profile,
        ProfileEn = mission.ProfileEn,
        Languages = string.Join(' ', mission.Languages.Select(l => $"{l.LanguageCode}:{l.Level}")),
        RequiredSkills = string.Join('\n', mission.Skills.Where(s => s.Required).Select(s => s.Name)),
        DesirableSkills = string.Join('\n', mission.Skills.Where(s => !s.Required).Select(s => s.Name)),
        SectorCodes = mission.SectorCodes.ToList(),
        MinYearsOfExperience = mission.MinYearsOfExperience,
        ValuedCountries = mission.ValuedCountryCodes.ToList(),
        ValuedRegions = mission.ValuedRegions.Select(r => r.ToString()).ToList(),
        StartDate = mission.StartDate,
        DurationMonths = mission.DurationMonths,
        PayMinMonthly = mission.PayMinMonthly,
        PayMaxMonthly = mission.PayMaxMonthly,
        Deadline = mission.Deadline,
        ScreeningQuestions = string.Join('\n', mission.ScreeningQuestions),
        ReviewCriteria = string.Join('\n', mission.ReviewCriteria),
    };
}
