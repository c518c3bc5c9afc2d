using Vivier.Core.Candidates;

namespace Vivier.Core.Matching;

/// <summary>A language as matching reads it: each of the five Europass skills as a level from 0 (none) to 6 (C2); a mother tongue is 6 in all.</summary>
public readonly record struct MatchLanguage(string Code, byte Listening, byte Reading, byte SpokenInteraction, byte SpokenProduction, byte Writing)
{
    public static byte Level(CefrLevel? level) => level is { } l ? (byte)((int)l + 1) : (byte)0;

    public static MatchLanguage From(LanguageSkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        return skill.MotherTongue
            ? new(string.Intern(skill.Code), 6, 6, 6, 6, 6)
            : new(string.Intern(skill.Code), Level(skill.Listening), Level(skill.Reading), Level(skill.SpokenInteraction), Level(skill.SpokenProduction), Level(skill.Writing));
    }

    /// <summary>The lowest of the five: what a shortfall is named by ("anglais B1, C1 demandé").</summary>
    public byte Lowest => Math.Min(Math.Min(Math.Min(Listening, Reading), Math.Min(SpokenInteraction, SpokenProduction)), Writing);
}

/// <summary>Years in one country, from the countries the person declared and their dated jobs there.</summary>
public readonly record struct CountryYears(string Code, int Years);

/// <summary>
/// What matching reads of a person, and nothing else: no name, no gender, no age; nationalities
/// only for the expert kinds' eligibility rules. Built from the profile and the person's ended
/// deployments; compact, so that a pool of a million fits in memory.
/// </summary>
public sealed class MatchProfile
{
    public required Guid PersonId { get; init; }
    public string[] Sectors { get; init; } = [];
    public string[] Themes { get; init; } = [];
    /// <summary>
    /// Declared skills normalised (<see cref="SkillNames.Normalise"/>), beside the words the person wrote; synonyms apply
    /// when a mission compares them, so that a new synonym needs no rebuilding of profiles.
    /// </summary>
    public string[] Skills { get; init; } = [];
    public string[] SkillsAsWritten { get; init; } = [];
    public MatchLanguage[] Languages { get; init; } = [];
    public CountryYears[] Countries { get; init; } = [];
    /// <summary>Years of professional experience: from the dated employment history when it has any, else as declared.</summary>
    public int Years { get; init; }
    public bool YearsFromHistory { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    /// <summary>Deployments with the programme that ended (early or not: an early end counts as much).</summary>
    public int CompletedDeployments { get; init; }
    public string[] Nationalities { get; init; } = [];
    public DateOnly? FrenchPublicEmployerSince { get; init; }

    /// <param name="forRanking">
    /// For a pool held in memory: codes shared between profiles (interned), and the skills kept only as
    /// compared, since a ranking scores and never explains (what is shown is explained from the database).
    /// </param>
    public static MatchProfile From(CandidateProfile profile, int completedDeployments, DateOnly today, bool forRanking = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var jobs = profile.Employment
            .Select(e => (Entry: e, From: Parse(e.From), To: e.Current ? today : Parse(e.To) ?? (e.To is null ? today : null)))
            .Where(j => j.From is { } from && j.To is { } to && from <= to && from <= today)
            .Select(j => (j.Entry.CountryCode, From: j.From!.Value, To: j.To!.Value > today ? today : j.To.Value))
            .ToList();
        var historyYears = YearsIn(jobs.Select(j => (j.From, j.To)));
        var countries = profile.CountriesWorked.Select(c => new CountryYears(string.Intern(c.CountryCode), c.Years))
            .Concat(jobs.Where(j => j.CountryCode is not null).GroupBy(j => j.CountryCode!)
                .Select(g => new CountryYears(g.Key, YearsIn(g.Select(j => (j.From, j.To))))))
            .GroupBy(c => c.Code).Select(g => new CountryYears(g.Key, g.Max(c => c.Years)))
            .Where(c => c.Years > 0).OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var skills = profile.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Where(s => SkillNames.Normalise(s).Length > 0).DistinctBy(SkillNames.Normalise).ToArray();
        var normal = skills.Select(s => string.Intern(SkillNames.Normalise(s))).ToArray();
        return new MatchProfile
        {
            PersonId = profile.PersonId,
            Sectors = profile.SectorCodes.Distinct().Select(string.Intern).ToArray(),
            Themes = profile.ThemeCodes.Distinct().Select(string.Intern).ToArray(),
            Skills = normal,
            SkillsAsWritten = forRanking ? normal : skills.Select(s => s.Trim()).ToArray(),
            Languages = profile.Languages.Select(MatchLanguage.From).ToArray(),
            Countries = countries,
            Years = jobs.Count > 0 ? historyYears : profile.YearsOfExperience ?? 0,
            YearsFromHistory = jobs.Count > 0,
            AvailableFrom = profile.AvailableFrom,
            CompletedDeployments = completedDeployments,
            Nationalities = profile.Nationalities.Select(string.Intern).ToArray(),
            FrenchPublicEmployerSince = profile.FrenchPublicEmployerSince,
        };
    }

    private static DateOnly? Parse(string? text) => PartialDate.TryParse(text, out var date) ? date.Start : null;

    /// <summary>Whole years covered by the periods, overlaps counted once.</summary>
    private static int YearsIn(IEnumerable<(DateOnly From, DateOnly To)> periods)
    {
        var days = 0;
        DateOnly? end = null;
        foreach (var (from, to) in periods.OrderBy(p => p.From))
        {
            var start = end is { } e && from <= e ? e.AddDays(1) : from;
            if (to >= start)
            {
                days += to.DayNumber - start.DayNumber + 1;
            }
            end = end is { } last && last > to ? last : to;
        }
        return (int)(days / 365.25);
    }
}
