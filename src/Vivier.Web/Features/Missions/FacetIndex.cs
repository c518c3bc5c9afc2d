using System.Globalization;
using System.Numerics;

namespace Vivier.Web.Features.Missions;

/// <summary>The missions that pass the search and every filter, and the counts per value of each facet.</summary>
public sealed record FacetCounts(int Total, Dictionary<string, IReadOnlyList<FacetValue>> Values);

/// <summary>A published mission as the facet counts read it.</summary>
public sealed record FacetMission(long Id, string CountryCode, ExpertKind Kind, DateOnly Deadline);

/// <summary>
/// The published missions' filter values, held in memory as small arrays, and the board's facet
/// counts computed from them in one pass over the matching missions: each mission is tested against
/// every filter once, and counted in a facet when it passes all the others (a facet ignores its
/// own filter). Built from the database at one <see cref="Core.Search.BoardVersion"/>, so exact
/// while that version holds (<see cref="BoardFacets"/>).
/// </summary>
public sealed class FacetIndex
{
    private const int Continents = 0, Countries = 1, Kinds = 2, Themes = 3, Sponsors = 4, Closing = 5;

    private readonly Dictionary<long, int> rowOf;
    private readonly int[] countryOf;
    private readonly ExpertKind[] kindOf;
    private readonly DateOnly[] deadlineOf;
    private readonly int[][] themesOf;
    private readonly int[][] sponsorsOf;
    private readonly string[] countryCodes;
    private readonly Continent[] continentOfCountry;
    private readonly string[] themeCodes;
    private readonly string[] sponsorNames;

    public FacetIndex(long version, IReadOnlyList<FacetMission> missions, IEnumerable<(long MissionId, string ThemeCode)> themes,
        IEnumerable<(long MissionId, string SponsorName)> sponsors, BoardLabels labels)
    {
        ArgumentNullException.ThrowIfNull(missions);
        ArgumentNullException.ThrowIfNull(labels);
        (Version, Labels) = (version, labels);
        var continents = labels.Countries;
        rowOf = new Dictionary<long, int>(missions.Count);
        countryCodes = [.. continents.Keys.Order(StringComparer.Ordinal)];
        continentOfCountry = [.. countryCodes.Select(code => continents[code].Continent)];
        var countryIndex = countryCodes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        countryOf = new int[missions.Count];
        kindOf = new ExpertKind[missions.Count];
        deadlineOf = new DateOnly[missions.Count];
        for (var row = 0; row < missions.Count; row++)
        {
            var mission = missions[row];
            rowOf[mission.Id] = row;
            countryOf[row] = countryIndex[mission.CountryCode];
            (kindOf[row], deadlineOf[row]) = (mission.Kind, mission.Deadline);
        }
        (themeCodes, themesOf) = Links(themes);
        (sponsorNames, sponsorsOf) = Links(sponsors);
    }

    public long Version { get; }

    /// <summary>The countries and themes as they were at <see cref="Version"/> (their changes move it too).</summary>
    public BoardLabels Labels { get; }

    /// <summary>
    /// The counts per value of each filter among the missions open on <paramref name="today"/> and
    /// in <paramref name="matches"/> (all when null), the query's other filters applied; the total
    /// is those that pass every filter.
    /// </summary>
    public FacetCounts Count(BoardQuery query, DateOnly today, IEnumerable<long>? matches)
    {
        var wanted = WantedBy(query, today);
        var counts = new Counts(countryCodes.Length, themeCodes.Length, sponsorNames.Length);
        var windows = BoardQuery.ClosingWindows.Select(days => today.AddDays(days)).ToArray();
        var total = 0;
        foreach (var row in matches is null ? Enumerable.Range(0, countryOf.Length) : Rows(matches))
        {
            if (deadlineOf[row] < today)
            {
                continue;
            }
            var failed = Failed(row, query, wanted);
            if (BitOperations.PopCount((uint)failed) > 1)
            {
                continue;
            }
            total += failed == 0 ? 1 : 0;
            bool CountsIn(int facet) => failed == 0 || failed == 1 << facet;
            if (CountsIn(Continents)) counts.Continents[(int)continentOfCountry[countryOf[row]]]++;
            if (CountsIn(Countries)) counts.Countries[countryOf[row]]++;
            if (CountsIn(Kinds)) counts.Kinds[(int)kindOf[row]]++;
            if (CountsIn(Themes)) foreach (var t in themesOf[row]) counts.Themes[t]++;
            if (CountsIn(Sponsors)) foreach (var s in sponsorsOf[row]) counts.Sponsors[s]++;
            if (CountsIn(Closing))
            {
                for (var w = 0; w < windows.Length; w++)
                {
                    counts.Closing[w] += deadlineOf[row] <= windows[w] ? 1 : 0;
                }
            }
        }
        return new FacetCounts(total, new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["continent"] = Values(counts.Continents, i => ((Continent)i).ToString()),
            ["country"] = Values(counts.Countries, i => countryCodes[i]),
            ["kind"] = Values(counts.Kinds, i => ((ExpertKind)i).ToString()),
            ["theme"] = Values(counts.Themes, i => themeCodes[i]),
            ["sponsor"] = Values(counts.Sponsors, i => sponsorNames[i]),
            ["closingWithin"] = [.. BoardQuery.ClosingWindows.Select((days, w) => new FacetValue(days.ToString(CultureInfo.InvariantCulture), counts.Closing[w]))],
        });
    }

    /// <summary>How many missions open on <paramref name="today"/> pass every filter of the query (which has no search).</summary>
    public int Total(BoardQuery query, DateOnly today)
    {
        var wanted = WantedBy(query, today);
        var total = 0;
        for (var row = 0; row < countryOf.Length; row++)
        {
            total += deadlineOf[row] >= today && Failed(row, query, wanted) == 0 ? 1 : 0;
        }
        return total;
    }

    private Wanted WantedBy(BoardQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Wanted(
            query.Country is { } country ? Array.IndexOf(countryCodes, country) : -2,
            query.Theme is { } theme ? Array.IndexOf(themeCodes, theme) : -2,
            query.Sponsor is { } sponsor ? Array.IndexOf(sponsorNames, sponsor) : -2,
            query.ClosingWithin is { } days ? today.AddDays(days) : null);
    }

    /// <summary>The filters the mission in <paramref name="row"/> fails, one bit per facet.</summary>
    private int Failed(int row, BoardQuery query, Wanted wanted)
    {
        var failed = 0;
        if (query.Continent is { } continent && continentOfCountry[countryOf[row]] != continent) failed |= 1 << Continents;
        if (wanted.Country != -2 && countryOf[row] != wanted.Country) failed |= 1 << Countries;
        if (query.Kind is { } kind && kindOf[row] != kind) failed |= 1 << Kinds;
        if (wanted.Theme != -2 && Array.IndexOf(themesOf[row], wanted.Theme) < 0) failed |= 1 << Themes;
        if (wanted.Sponsor != -2 && Array.IndexOf(sponsorsOf[row], wanted.Sponsor) < 0) failed |= 1 << Sponsors;
        if (wanted.LastDeadline is { } last && deadlineOf[row] > last) failed |= 1 << Closing;
        return failed;
    }

    private IEnumerable<int> Rows(IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            if (rowOf.TryGetValue(id, out var row))
            {
                yield return row;
            }
        }
    }

    /// <summary>Each mission's linked values as indexes into the distinct values, in ordinal order.</summary>
    private (string[] Values, int[][] Of) Links(IEnumerable<(long MissionId, string Value)> links)
    {
        var list = links.Where(link => rowOf.ContainsKey(link.MissionId)).ToList();
        string[] values = [.. list.Select(link => link.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = values.Select((value, i) => (value, i)).ToDictionary(x => x.value, x => x.i, StringComparer.Ordinal);
        var byRow = list.ToLookup(link => rowOf[link.MissionId], link => index[link.Value]);
        var of = new int[countryOf.Length][];
        for (var row = 0; row < of.Length; row++)
        {
            of[row] = [.. byRow[row]];
        }
        return (values, of);
    }

    /// <summary>Values with at least one mission, the most frequent first, ties in ordinal order (as a GROUP BY gave them).</summary>
    private static List<FacetValue> Values(int[] counts, Func<int, string> name) =>
        [.. counts.Select((count, i) => (count, i)).Where(x => x.count > 0).Select(x => new FacetValue(name(x.i), x.count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

    /// <summary>The filter values as indexes (-1: a value no mission has, -2: no such filter).</summary>
    private sealed record Wanted(int Country, int Theme, int Sponsor, DateOnly? LastDeadline);

    private sealed class Counts(int countries, int themes, int sponsors)
    {
        public int[] Continents { get; } = new int[Enum.GetValues<Continent>().Max(c => (int)c) + 1];
        public int[] Countries { get; } = new int[countries];
        public int[] Kinds { get; } = new int[Enum.GetValues<ExpertKind>().Max(k => (int)k) + 1];
        public int[] Themes { get; } = new int[themes];
        public int[] Sponsors { get; } = new int[sponsors];
        public int[] Closing { get; } = new int[BoardQuery.ClosingWindows.Length];
    }
}
