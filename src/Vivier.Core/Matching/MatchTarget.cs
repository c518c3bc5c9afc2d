using System.Collections.Concurrent;

namespace Vivier.Core.Matching;

/// <summary>A sought skill with the form matching compares.</summary>
public readonly record struct TargetSkill(string Canonical, string Name, bool Required);

/// <summary>
/// A mission compiled once for scoring many people: its requirements as sets, its kind's rules,
/// the continents of countries (for experience in the region) and the weights that apply to it.
/// </summary>
public sealed class MatchTarget
{
    // Which sought skills each profile skill covers, as a bit mask; a pool shares few distinct skills, so this is read far more than written.
    private readonly ConcurrentDictionary<string, long> covered = new(StringComparer.Ordinal);

    public required long MissionId { get; init; }
    public required ExpertKind Kind { get; init; }
    public required string CountryCode { get; init; }
    public required DateOnly StartDate { get; init; }
    public string[] Sectors { get; init; } = [];
    public IReadOnlySet<string> Categories { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Themes { get; init; } = new HashSet<string>();
    /// <summary>The DAC codes of the mission's themes.</summary>
    public IReadOnlySet<string> ThemeSectors { get; init; } = new HashSet<string>();
    public TargetSkill[] Skills { get; init; } = [];
    public bool SeeksRequiredSkills => seeksRequired ??= Skills.Any(s => s.Required);
    public bool SeeksDesirableSkills => seeksDesirable ??= Skills.Any(s => !s.Required);

    // Asked of every person of a pool: worked out once.
    private bool? seeksRequired, seeksDesirable;
    public MissionLanguage[] Languages { get; init; } = [];
    public int? MinYears { get; init; }
    public IReadOnlySet<string> ValuedCountries { get; init; } = new HashSet<string>();
    public IReadOnlySet<Continent> Regions { get; init; } = new HashSet<Continent>();
    public EligibilityRule[] Rules { get; init; } = [];
    public required IReadOnlyDictionary<string, Continent> Continents { get; init; }
    public required MatchWeights Weights { get; init; }
    public required IReadOnlyDictionary<string, string> Synonyms { get; init; }

    public static MatchTarget For(Mission mission, IEnumerable<EligibilityRule> rules, IReadOnlyDictionary<string, Continent> continents,
        IReadOnlyDictionary<string, string> synonyms, MatchWeights programmeWeights)
    {
        ArgumentNullException.ThrowIfNull(mission);
        ArgumentNullException.ThrowIfNull(continents);
        var regions = mission.ValuedRegions.ToHashSet();
        if (continents.TryGetValue(mission.CountryCode, out var home))
        {
            regions.Add(home);
        }
        return new MatchTarget
        {
            MissionId = mission.Id,
            Kind = mission.Kind,
            CountryCode = mission.CountryCode,
            StartDate = mission.StartDate,
            Sectors = mission.SectorCodes.Distinct().ToArray(),
            Categories = mission.SectorCodes.Where(c => c.Length >= 3).Select(c => c[..3]).ToHashSet(),
            Themes = mission.Themes.Select(t => t.Code).ToHashSet(),
            ThemeSectors = mission.Themes.SelectMany(t => t.Sectors).Select(s => s.Code).ToHashSet(),
            Skills = mission.Skills.Select(s => new TargetSkill(SkillNames.Canonical(s.Name, synonyms), s.Name, s.Required))
                .Where(s => s.Canonical.Length > 0).DistinctBy(s => s.Canonical).Take(SoughtSkill.MaxPerMission).ToArray(),
            Languages = mission.Languages.ToArray(),
            MinYears = mission.MinYearsOfExperience,
            ValuedCountries = mission.ValuedCountryCodes.Append(mission.CountryCode).ToHashSet(),
            Regions = regions,
            Rules = rules.Where(r => r.Kind == mission.Kind).OrderBy(r => r.Id).ToArray(),
            Continents = continents,
            Weights = mission.Weights ?? programmeWeights,
            Synonyms = synonyms,
        };
    }

    /// <summary>The sought skills (by their place in <see cref="Skills"/>) that a profile's normalised skill covers, or its synonym.</summary>
    public long CoveredBy(string profileSkill) =>
        // Looked up first: a lambda that reads this target's fields would be a new delegate at every call of a pool's ranking.
        covered.TryGetValue(profileSkill, out var known) ? known : covered.GetOrAdd(profileSkill, Cover(profileSkill));

    private long Cover(string normal)
    {
        var skill = Synonyms.TryGetValue(normal, out var canonical) ? canonical : normal;
        var mask = 0L;
        for (var i = 0; i < Skills.Length; i++)
        {
            if (SkillNames.Covers(skill, Skills[i].Canonical))
            {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /// <summary>The points the mission's components can give: the weights of those it asks something of.</summary>
    public int PossiblePoints => possiblePoints ??= Weights.Domain + (SeeksRequiredSkills ? Weights.RequiredSkills : 0)
        + (SeeksDesirableSkills ? Weights.DesirableSkills : 0) + (Languages.Length > 0 ? Weights.Languages : 0)
        + Weights.CountryExperience + Weights.Seniority + Weights.Availability + Weights.Deployments;

    private int? possiblePoints;

    /// <summary>Whether a sector's DAC category (its first three digits) is one of the mission's, without cutting a string.</summary>
    public bool HasCategory(string sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        var category = sector.AsSpan(0, 3);
        // A mission names a few categories at most: a scan of them beats hashing a new string.
        foreach (var candidate in categories ??= [.. Categories])
        {
            if (category.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }

    private string[]? categories;

    /// <summary>The same mission weighed otherwise: what a recruiter's new weights would give.</summary>
    public MatchTarget WithWeights(MatchWeights weights) => new()
    {
        MissionId = MissionId, Kind = Kind, CountryCode = CountryCode, StartDate = StartDate, Sectors = Sectors,
        Categories = Categories, Themes = Themes, ThemeSectors = ThemeSectors, Skills = Skills, Languages = Languages,
        MinYears = MinYears, ValuedCountries = ValuedCountries, Regions = Regions, Rules = Rules, Continents = Continents,
        Weights = weights, Synonyms = Synonyms,
    };
}
