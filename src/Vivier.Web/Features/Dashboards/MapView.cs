namespace Vivier.Web.Features.Dashboards;

/// <summary>A country on the map: its shape, its count and its class in the legend (1 to the number of classes).</summary>
public sealed record MapCountry(string Code, string Name, int Count, int Class, MapShape Shape);

/// <summary>
/// The map of a day: every country with people in post, shaded by class (light to dark, so it reads
/// in grey too), the others as land; the legend's classes start at <see cref="Breaks"/>.
/// </summary>
public sealed record MapView(string Day, int Total, IReadOnlyList<MapCountry> Countries, IReadOnlyList<string> Background, IReadOnlyList<int> Breaks)
{
    /// <summary>The largest count shown: the last class of the legend ends there ("3–14"), never open-ended.</summary>
    public int Maximum => Countries.Count == 0 ? 0 : Countries.Max(c => c.Count);

    public const int Classes = 5;

    public static MapView Of(WorldMap map, IReadOnlyDictionary<string, int> inPost, IReadOnlyDictionary<string, Country> countries, bool english, string day)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(inPost);
        ArgumentNullException.ThrowIfNull(countries);
        var breaks = ClassBreaks(inPost.Values.Where(v => v > 0).Order().ToList());
        var shown = inPost.Where(x => x.Value > 0 && countries.ContainsKey(x.Key)).Select(x => (Country: countries[x.Key], Count: x.Value))
            .Select(x => (x.Country, x.Count, Shape: map.Shape(x.Country.Code, x.Country.Numeric)))
            .Where(x => x.Shape is not null)
            .Select(x => new MapCountry(x.Country.Code, english ? x.Country.NameEn : x.Country.NameFr, x.Count, breaks.Count(b => b <= x.Count), x.Shape!))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var numbers = shown.Select(c => countries[c.Code].Numeric).ToHashSet(StringComparer.Ordinal);
        var codes = shown.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var background = map.All.Where(s => !numbers.Contains(s.Key) && !codes.Contains(s.Key) && s.Value.Path is not null).Select(s => s.Value.Path!).ToList();
        return new MapView(day, inPost.Values.Sum(), shown, background, breaks);
    }

    /// <summary>Lower bounds of up to five classes at the quantiles of the counts, distinct and rising, the first being 1.</summary>
    private static List<int> ClassBreaks(List<int> counts)
    {
        if (counts.Count == 0)
        {
            return [1];
        }
        return Enumerable.Range(0, Classes).Select(i => i == 0 ? 1 : counts[Math.Min(counts.Count - 1, counts.Count * i / Classes)]).Distinct().Order().ToList();
    }
}
