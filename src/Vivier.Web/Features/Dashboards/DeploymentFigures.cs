using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vivier.Core;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;

namespace Vivier.Web.Features.Dashboards;

/// <summary>Deployments in post on the dashboard's day, by kind, place, sector and sponsor, and month by month before it.</summary>
internal sealed class DeploymentFigures(VivierDb db, DashboardScope scope, IStringLocalizer<SharedResource> l, DashboardLinks? links, bool english)
{
    private DateOnly Day => scope.Query.AsOf;

    private string InPost => l["Dashboard.Column.InPost"];

    /// <summary>Deployments in post on the day by kind and country: one read for the kinds, continents, countries and the map.</summary>
    public async Task<List<(ExpertKind Kind, string Country, int Count)>> ByKindAndCountryAsync(CancellationToken cancellationToken) =>
        (await scope.InPost(Day).GroupBy(d => new { d.Kind, d.CountryCode }).Select(g => new { g.Key.Kind, g.Key.CountryCode, Count = g.Count() }).ToListAsync(cancellationToken))
        .ConvertAll(x => (x.Kind, x.CountryCode, x.Count));

    public FigureTable Kinds(List<(ExpertKind Kind, string Country, int Count)> inPost)
    {
        var rows = Enum.GetValues<ExpertKind>().Where(k => scope.Query.Kind is null || scope.Query.Kind == k)
            .Select(k => Row(l[$"Kind.{k}"], inPost.Where(x => x.Kind == k).Sum(x => x.Count), links?.Roster($"kind={k}"))).ToList();
        return new FigureTable("kinds", l["Dashboard.Table.kinds"], [l["Dashboard.Column.Kind"], InPost], rows, Chart: 1);
    }

    public FigureTable Continents(Dictionary<string, int> byCountry, Dictionary<string, Country> countries)
    {
        var rows = byCountry.GroupBy(x => countries[x.Key].Continent).Select(g => (Continent: g.Key, Count: g.Sum(x => x.Value)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Continent)
            .Select(x => Row(l[$"Continent.{x.Continent}"], x.Count, links?.Roster($"continent={x.Continent}"))).ToList();
        return new FigureTable("continents", l["Dashboard.Table.continents"], [l["Dashboard.Column.Continent"], InPost], rows, Chart: 1);
    }

    public FigureTable Countries(Dictionary<string, int> byCountry, Dictionary<string, Country> countries)
    {
        var rows = byCountry.Select(x => countries[x.Key]).OrderByDescending(c => byCountry[c.Code]).ThenBy(c => Name(c), StringComparer.Create(CultureInfo.CurrentCulture, true))
            .Select(c => (IReadOnlyList<FigureCell>)[FigureCell.Label(Name(c), links?.Roster($"country={c.Code}")), FigureCell.Label(c.Code), FigureCell.Label(l[$"Continent.{c.Continent}"]),
                FigureCell.Count(byCountry[c.Code], links?.Roster($"country={c.Code}"))]).ToList();
        return new FigureTable("countries", l["Dashboard.Table.countries"],
            [l["Dashboard.Column.Country"], l["Dashboard.Column.CountryCode"], l["Dashboard.Column.Continent"], InPost], rows);
    }

    public async Task<FigureTable> SectorsAsync(CancellationToken cancellationToken)
    {
        var counts = await scope.InPost(Day).SelectMany(d => d.Themes, (d, t) => t.Code).GroupBy(code => code).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Code, cancellationToken);
        var rows = counts.OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => Row(english ? themes[x.Key].NameEn : themes[x.Key].NameFr, x.Count, links?.Roster($"theme={x.Key}"))).ToList();
        return new FigureTable("sectors", l["Dashboard.Table.sectors"], [l["Dashboard.Column.Sector"], InPost], rows, Chart: 1, Note: l["Dashboard.Note.Sectors"]);
    }

    public async Task<FigureTable> SponsorsAsync(CancellationToken cancellationToken)
    {
        var pairs = scope.InPost(Day).SelectMany(d => d.Sponsors, (d, s) => new { s.Id, s.ShortName });
        if (scope.SponsorId is { } own)
        {
            // A co-supervised deployment names the other sponsor too: a sponsor reads its own line only.
            pairs = pairs.Where(p => p.Id == own);
        }
        var counts = await pairs.GroupBy(p => p.ShortName).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = counts.OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => Row(x.Key, x.Count, links?.Roster($"sponsor={Uri.EscapeDataString(x.Key)}"))).ToList();
        return new FigureTable("sponsors", l["Dashboard.Table.sponsors"], [l["Dashboard.Column.Sponsor"], InPost], rows, Chart: 1, Note: l["Dashboard.Note.Sponsors"]);
    }

    /// <summary>
    /// People in post on the last day of each of the months up to the day (the day itself for its
    /// own month). In post on D = started on or before D, minus those whose last day came before D:
    /// two reads (starts and last days, by day) instead of one count per month.
    /// </summary>
    public async Task<FigureTable> MonthsAsync(CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, DashboardQuery.Months).Select(i => new DateOnly(Day.Year, Day.Month, 1).AddMonths(-i))
            .Select(first => first.AddMonths(1).AddDays(-1)).Select(last => last > Day ? Day : last).Reverse().ToList();
        var end = days[^1];
        var deployments = scope.Deployments();
        var starts = await deployments.Where(d => d.InPostFrom <= end).GroupBy(d => d.InPostFrom!.Value).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ends = await deployments.Where(d => d.InPostUntil < end).GroupBy(d => d.InPostUntil!.Value).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = days.Select(day =>
        {
            var inPost = starts.Where(s => s.Day <= day).Sum(s => s.Count) - ends.Where(e => e.Day < day).Sum(e => e.Count);
            return Row(day.ToString("yyyy-MM", CultureInfo.InvariantCulture), inPost, links?.Roster(day));
        }).ToList();
        return new FigureTable("months", l["Dashboard.Table.months"], [l["Dashboard.Column.Month"], InPost], rows, Chart: 1, Note: l["Dashboard.Note.Months"]);
    }

    private static List<FigureCell> Row(string label, long count, string? link) => [FigureCell.Label(label), FigureCell.Count(count, link)];

    private string Name(Country country) => english ? country.NameEn : country.NameFr;
}
