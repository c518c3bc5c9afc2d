using System.Text.Json.Serialization;
using Vivier.Core.Search;

namespace Vivier.Core.Missions;

/// <summary>ETI: in a foreign institution; END: seconded to the European Commission; AT: in French overseas local government.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExpertKind>))]
public enum ExpertKind
{
    ETI,
    END,
    AT,
}

[JsonConverter(typeof(JsonStringEnumConverter<MissionStatus>))]
public enum MissionStatus
{
    Draft,
    Published,
    Closed,
    Filled,
    Cancelled,
}

/// <summary>Common European Framework of Reference levels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CefrLevel>))]
public enum CefrLevel
{
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

/// <summary>A language the mission requires, at a level.</summary>
public sealed record MissionLanguage(string LanguageCode, CefrLevel Level);

/// <summary>A refused change of a mission; the key names the message shown to the person.</summary>
public sealed class MissionRuleException(string messageKey) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
}

/// <summary>
/// A long-term expert mission, from draft to filled. Its status changes only through the methods
/// below, which refuse every move the programme does not allow.
/// </summary>
public sealed class Mission
{
    /// <summary>Bounds of a stated monthly pay, in euros.</summary>
    public const int MinPay = 500, MaxPay = 50_000;

    public long Id { get; private set; }
    public required string Reference { get; init; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public required ExpertKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public required string City { get; set; }
    public required string HostInstitution { get; set; }
    public List<Organisation> Sponsors { get; init; } = [];
    public List<Theme> Themes { get; init; } = [];
    /// <summary>Markdown.</summary>
    public required string Description { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>Markdown: the profile sought.</summary>
    public required string Profile { get; set; }
    public string? ProfileEn { get; set; }
    public List<MissionLanguage> Languages { get; set; } = [];
    /// <summary>Skills sought, each required or desirable (matching scores them apart).</summary>
    public List<Matching.SoughtSkill> Skills { get; set; } = [];
    /// <summary>OECD DAC purpose codes of the mission's field, finer than its themes.</summary>
    public List<string> SectorCodes { get; set; } = [];
    /// <summary>The years of relevant experience sought; null: none stated.</summary>
    public int? MinYearsOfExperience { get; set; }
    /// <summary>Countries besides the mission's where experience counts as if there.</summary>
    public List<string> ValuedCountryCodes { get; set; } = [];
    /// <summary>Regions where experience counts (the mission's own continent always does).</summary>
    public List<Continent> ValuedRegions { get; set; } = [];
    /// <summary>The weights a recruiter set for this mission's matching; null: the programme's.</summary>
    public Matching.MatchWeights? Weights { get; set; }
    /// <summary>Questions every candidate answers when applying (none: no questions).</summary>
    public List<string> ScreeningQuestions { get; set; } = [];
    /// <summary>What reviewers score applications on; <see cref="DefaultReviewCriteria"/> when the mission names none.</summary>
    public List<string> ReviewCriteria { get; set; } = [];
    public required DateOnly StartDate { get; set; }
    public required int DurationMonths { get; set; }
    /// <summary>
    /// The gross monthly pay range in euros, allowances included, that the posting states (the EU
    /// pay-transparency directive 2023/970 has it told before the interview); null: the programme's scale for the kind.
    /// </summary>
    public int? PayMinMonthly { get; set; }
    public int? PayMaxMonthly { get; set; }
    /// <summary>The last day to apply: applications close at 23:59:59 Paris time that day.</summary>
    public required DateOnly Deadline { get; set; }
    public MissionStatus Status { get; private set; } = MissionStatus.Draft;
    public required DateTime CreatedAt { get; init; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>When the recruitment ended, filled or cancelled: the end of the process for its unsuccessful applications.</summary>
    public DateTime? OutcomeAt { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>
    /// Changes with every change of the mission (its status methods and <see cref="Revised"/>); a save
    /// based on an older version is refused.
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
    /// <summary>
    /// How many applications were sent to the mission: kept by <see cref="Recruitment.FunnelCounting"/>
    /// with the applications, written by SQL alone (never by the mission's editors, so never in their way).
    /// </summary>
    public int SentApplications { get; private set; }
    /// <summary>Normalised words of the title (both languages), for title-first ranking.</summary>
    public string SearchTitle { get; private set; } = "";
    /// <summary>Normalised words of everything searchable.</summary>
    public string SearchText { get; private set; } = "";
    /// <summary>The board's filter values as index tokens (<see cref="Search.SearchFilters"/>).</summary>
    public string SearchFilters { get; private set; } = "";

    public const int MaxQuestions = 10;
    public const int MaxQuestionLength = 300;

    /// <summary>The criteria reviewers score on when the mission names none.</summary>
    public static readonly IReadOnlyList<string> DefaultReviewCriteria =
        ["Expertise technique", "Expérience internationale", "Langues", "Motivation et adéquation au poste"];

    public IReadOnlyList<string> CriteriaForReview => ReviewCriteria.Count > 0 ? ReviewCriteria : DefaultReviewCriteria;

    public DateTime DeadlineUtc => ParisTime.EndOfDay(Deadline);

    public bool IsOpen(DateTime now) => Status == MissionStatus.Published && now <= DeadlineUtc;

    public void Publish(DateTime now)
    {
        Require(Status == MissionStatus.Draft, "Mission.Rule.PublishDraftOnly");
        Require(now <= DeadlineUtc, "Mission.Rule.DeadlinePassed");
        ChangeStatus(MissionStatus.Published);
        PublishedAt = now;
    }

    public void Close(DateTime now)
    {
        Require(Status == MissionStatus.Published, "Mission.Rule.ClosePublishedOnly");
        ChangeStatus(MissionStatus.Closed);
        ClosedAt = now;
    }

    public void Reopen(DateOnly newDeadline, DateTime now)
    {
        Require(Status == MissionStatus.Closed, "Mission.Rule.ReopenClosedOnly");
        Require(ParisTime.EndOfDay(newDeadline) > now, "Mission.Rule.ReopenNeedsFutureDeadline");
        Deadline = newDeadline;
        ChangeStatus(MissionStatus.Published);
        ClosedAt = null;
    }

    /// <summary>A hire: the recruitment closes with the post filled.</summary>
    public void MarkFilled(DateTime now)
    {
        Require(Status is MissionStatus.Published or MissionStatus.Closed, "Mission.Rule.FillOpenOrClosedOnly");
        ChangeStatus(MissionStatus.Filled);
        ClosedAt ??= now;
        OutcomeAt = now;
    }

    public void Cancel(string reason, DateTime now)
    {
        Require(Status is MissionStatus.Draft or MissionStatus.Published or MissionStatus.Closed, "Mission.Rule.CancelNotAfterEnd");
        Require(!string.IsNullOrWhiteSpace(reason), "Mission.Rule.CancelNeedsReason");
        ChangeStatus(MissionStatus.Cancelled);
        CancellationReason = reason.Trim();
        ClosedAt ??= now;
        OutcomeAt = now;
    }

    /// <summary>Recomputes the search columns from the mission, its country, themes and sponsors.</summary>
    public void RefreshSearchText(Country country, IEnumerable<Theme> themes, IEnumerable<Organisation> sponsors)
    {
        ArgumentNullException.ThrowIfNull(country);
        var themeList = themes.ToList();
        SearchFilters = Search.SearchFilters.ForIndex(Status, Kind, country, themeList, sponsors);
        SearchTitle = FrenchText.ForIndex(Title, TitleEn);
        SearchText = FrenchText.ForIndex(
            [Title, TitleEn, Reference, City, HostInstitution, Description, DescriptionEn, Profile, ProfileEn,
             country.NameFr, country.NameEn,
             .. themeList.SelectMany(t => new[] { t.NameFr, t.NameEn }),
             .. themeList.SelectMany(t => t.Sectors).SelectMany(s => new[] { s.NameFr, s.NameEn })]);
    }

    /// <summary>The staff changed the mission's text: the editors' forms read before are now stale.</summary>
    public void Revised() => Version = Guid.NewGuid();

    private void ChangeStatus(MissionStatus status)
    {
        Status = status;
        Revised();
        SearchFilters = Search.SearchFilters.WithStatus(SearchFilters, status);
    }

    private static void Require(bool condition, string messageKey)
    {
        if (!condition)
        {
            throw new MissionRuleException(messageKey);
        }
    }
}
