using System.Globalization;
using System.Text;
using Vivier.Testing;
using System.Security.Cryptography;
using Vivier.Core.Candidates;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;

namespace Vivier.Tests.Matching;

/// <summary>A person of the evaluation set with the grade GRADING.md gave them for their mission.</summary>
public sealed record GradedPerson(string Id, int Grade, CandidateProfile Profile, int CompletedDeployments);

/// <summary>A mission of the evaluation set with its fifteen graded people.</summary>
public sealed record GradedMission(string Id, Mission Mission, IReadOnlyList<GradedPerson> People)
{
    /// <summary>Odd-numbered missions tune the weights; even-numbered ones are held out.</summary>
    public bool IsHeldOut => int.Parse(Id[1..], CultureInfo.InvariantCulture) % 2 == 0;
}

/// <summary>Reads evaluation-set.txt (format in GRADING.md) into missions and profiles as Vivier stores them.</summary>
public static class EvaluationSet
{
    public static readonly DateOnly Today = new(2026, 10, 1);

    public static IReadOnlyList<GradedMission> Load()
    {
        var themes = ReferenceDataFiles.Themes().ToDictionary(t => t.Code);
        var sectors = ReferenceDataFiles.Sectors().ToDictionary(s => s.Code);
        foreach (var (theme, sector) in ReferenceDataFiles.ThemeSectors())
        {
            themes[theme].Sectors.Add(sectors[sector]);
        }
        var missions = new List<GradedMission>();
        foreach (var line in File.ReadLines(Repository.PathOf("tests", "Vivier.Tests", "Matching", "evaluation-set.txt")))
        {
            if (line.StartsWith("M ", StringComparison.Ordinal))
            {
                missions.Add(ReadMission(line[2..], themes, sectors));
            }
            else if (line.StartsWith("P ", StringComparison.Ordinal))
            {
                var mission = missions[^1];
                missions[^1] = mission with { People = [.. mission.People, ReadPerson(mission.Id, line[2..], themes, sectors)] };
            }
        }
        return missions;
    }

    private static GradedMission ReadMission(string line, Dictionary<string, Theme> themes, Dictionary<string, Sector> sectors)
    {
        var cells = line.Split(';', StringSplitOptions.TrimEntries);
        var fields = Fields(cells[4..]);
        var mission = new Mission
        {
            Reference = cells[0], Title = cells[0], Kind = Enum.Parse<ExpertKind>(cells[1]), CountryCode = cells[2], City = "",
            HostInstitution = "", Description = "", Profile = "", StartDate = DateOnly.Parse(cells[3], CultureInfo.InvariantCulture),
            DurationMonths = 24, Deadline = Today.AddDays(30), CreatedAt = DateTime.UnixEpoch,
            SectorCodes = Known(List(fields, "sec"), sectors),
            Skills = [.. List(fields, "req").Select(s => new SoughtSkill { Name = s, Required = true }),
                      .. List(fields, "des").Select(s => new SoughtSkill { Name = s, Required = false })],
            Languages = List(fields, "lang").Select(l => l.Split(':'))
                .Select(p => new MissionLanguage(p[0], Enum.Parse<CefrLevel>(p[1]))).ToList(),
            MinYearsOfExperience = fields.TryGetValue("min", out var min) ? int.Parse(min, CultureInfo.InvariantCulture) : null,
        };
        mission.Themes.AddRange(Known(List(fields, "th"), themes).Select(code => themes[code]));
        return new GradedMission(cells[0], mission, []);
    }

    private static GradedPerson ReadPerson(string missionId, string line, Dictionary<string, Theme> themes, Dictionary<string, Sector> sectors)
    {
        var cells = line.Split(';', StringSplitOptions.TrimEntries);
        var fields = Fields(cells[2..]);
        var profile = new CandidateProfile
        {
            PersonId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{missionId}-{cells[0]}"))[..16]),
            SectorCodes = Known(List(fields, "sec"), sectors),
            ThemeCodes = Known(List(fields, "th"), themes),
            Skills = List(fields, "sk"),
            Languages = List(fields, "lang").Select(l => l.Split(':')).Select(Language).ToList(),
            CountriesWorked = List(fields, "ctry").Select(c => c.Split(':'))
                .Select(p => new CountryExperience { CountryCode = p[0], Years = int.Parse(p[1], CultureInfo.InvariantCulture) }).ToList(),
            YearsOfExperience = fields.TryGetValue("yrs", out var years) ? int.Parse(years, CultureInfo.InvariantCulture) : null,
            AvailableFrom = Date(fields, "avail"),
            Nationalities = fields.ContainsKey("nat") ? List(fields, "nat") : ["FR"],
            FrenchPublicEmployerSince = Date(fields, "pub"),
            TalentPoolConsentAt = DateTime.UnixEpoch,
        };
        var deployments = fields.TryGetValue("dep", out var dep) ? int.Parse(dep, CultureInfo.InvariantCulture) : 0;
        return new GradedPerson(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), profile, deployments);
    }

    private static LanguageSkill Language(string[] pair)
    {
        if (pair[1] == "M")
        {
            return new LanguageSkill { Code = pair[0], MotherTongue = true };
        }
        var level = Enum.Parse<CefrLevel>(pair[1]);
        return new LanguageSkill
        {
            Code = pair[0], Listening = level, Reading = level, SpokenInteraction = level, SpokenProduction = level, Writing = level,
        };
    }

    private static Dictionary<string, string> Fields(IEnumerable<string> cells) => cells
        .Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    private static List<string> List(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() : [];

    private static DateOnly? Date(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? DateOnly.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>The codes, each checked against the reference data: a typo in the set fails the test instead of silently scoring nothing.</summary>
    private static List<string> Known<T>(List<string> codes, Dictionary<string, T> known) =>
        codes.Select(c => known.ContainsKey(c) ? c : throw new InvalidDataException($"Unknown code {c} in the evaluation set.")).ToList();
}

/// <summary>Normalised discounted cumulative gain, with the graded relevance 2^grade − 1.</summary>
public static class RankingQuality
{
    public static double NdcgAt(int k, IReadOnlyList<int> gradesInRankOrder, IEnumerable<int> allGrades)
    {
        var ideal = Dcg(k, allGrades.OrderDescending().ToList());
        return ideal == 0 ? 1 : Dcg(k, gradesInRankOrder) / ideal;
    }

    private static double Dcg(int k, IReadOnlyList<int> grades) =>
        grades.Take(k).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
