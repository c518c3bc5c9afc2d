namespace Vivier.Web.Features.Dashboards;

/// <summary>Deployments in post on a day of one kind, in one country, whose expert declared one gender (null: not declared).</summary>
public sealed record InPostCount(ExpertKind Kind, string Country, Vivier.Core.Candidates.SelfDeclaredGender? Gender, int Count);

/// <summary>Deployments in post on the dashboard's day, by kind, place, sector and sponsor, and month by month before it.</summary>
internal sealed class DeploymentFigures(VivierDb db, DashboardScope scope, IStringLocalizer<SharedResource> l, DashboardLinks? links, bool english)
{
    private DateOnly Day => scope.Query.AsOf;

    private string InPost => l["Dashboard.Column.InPost"];

    /// <summary>Deployments in post on the day by kind, country and their expert's declared gender (as the profile says, or as it said when the person was erased): one read for the kinds, continents, countries, the map and parity.</summary>
    public async Task<List<InPostCount>> InPostAsync(CancellationToken cancellationToken) =>
        (await (
            from d in scope.InPost(Day)
            join p in db.CandidateProfiles on d.PersonId equals p.PersonId into profiles
            from p in profiles.DefaultIfEmpty()
            group d by new { d.Kind, d.CountryCode, Gender = p == null ? d.ExpertGender : p.Gender } into g
            select new { g.Key.Kind, g.Key.CountryCode, g.Key.Gender, Count = g.Count() }).ToListAsync(cancellationToken))
        .ConvertAll(x => new InPostCount(x.Kind, x.CountryCode, x.Gender, x.Count));

    public FigureTable Kinds(List<InPostCount> inPost)
    {
        var rows = Enum.GetValues<ExpertKind>().Where(k => scope.Query.Kind is null || scope.Query.Kind == k)
            .Select(k => Row(l[$"Kind.{k}"], inPost.Where(x => x.Kind == k).Sum(x => x.Count), links?.Roster("kind", k.ToString()))).ToList();
        return new FigureTable("kinds", l["Dashboard.Table.kinds"], [l["Dashboard.Column.Kind"], InPost], rows, Chart: 1);
    }

    public FigureTable Continents(Dictionary<string, int> byCountry, Dictionary<string, Country> countries)
    {
        var rows = byCountry.GroupBy(x => countries[x.Key].Continent).Select(g => (Continent: g.Key, Count: g.Sum(x => x.Value)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Continent)
            .Select(x => Row(l[$"Continent.{x.Continent}"], x.Count, links?.Roster("continent", x.Continent.ToString()))).ToList();
        return new FigureTable("continents", l["Dashboard.Table.continents"], [l["Dashboard.Column.Continent"], InPost], rows, Chart: 1);
    }

    public FigureTable Countries(Dictionary<string, int> byCountry, Dictionary<string, Country> countries)
    {
        var rows = byCountry.Select(x => countries[x.Key]).OrderByDescending(c => byCountry[c.Code]).ThenBy(c => Name(c), StringComparer.Create(CultureInfo.CurrentCulture, true))
            .Select(c => (IReadOnlyList<FigureCell>)[FigureCell.Label(Name(c), links?.Roster("country", c.Code)), FigureCell.Label(c.Code), FigureCell.Label(l[$"Continent.{c.Continent}"]),
                FigureCell.Count(byCountry[c.Code], links?.Roster("country", c.Code))]).ToList();
        return new FigureTable("countries", l["Dashboard.Table.countries"],
            [l["Dashboard.Column.Country"], l["Dashboard.Column.CountryCode"], l["Dashboard.Column.Continent"], InPost], rows);
    }

    public async Task<FigureTable> SectorsAsync(CancellationToken cancellationToken)
    {
        var counts = await scope.InPost(Day).SelectMany(d => d.Themes, (d, t) => t.Code).GroupBy(code => code).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Code, cancellationToken);
        var rows = counts.OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => Row(english ? themes[x.Key].NameEn : themes[x.Key].NameFr, x.Count, links?.Roster("theme", x.Key))).ToList();
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
            // Under one sponsor's filter, another sponsor's line counts the co-supervised deployments: no roster filter shows those alone.
            .Select(x => Row(x.Key, x.Count, scope.Query.Sponsor is null || scope.Query.Sponsor == x.Key ? links?.Roster("sponsor", x.Key) : null)).ToList();
        return new FigureTable("sponsors", l["Dashboard.Table.sponsors"], [l["Dashboard.Column.Sponsor"], InPost], rows, Chart: 1, Note: l["Dashboard.Note.Sponsors"]);
    }

    /// <summary>
    /// People in post on the last day of each of the months up to the day (the day itself for its
    /// own month), counted as the roster counts them, from one read instead of one count per month.
    /// </summary>
    public async Task<FigureTable> MonthsAsync(CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, DashboardQuery.Months).Select(i => new DateOnly(Day.Year, Day.Month, 1).AddMonths(-i))
            .Select(first => first.AddMonths(1).AddDays(-1)).Select(last => last > Day ? Day : last).Reverse().ToList();
        var (start, end) = (new DateOnly(days[0].Year, days[0].Month, 1), days[^1]);
        // Only the deployments in post at some point of the window: their first and last days, counted here.
        var spans = await scope.Deployments().InPostBetween(start, end)
            .Select(d => new { From = d.InPostFrom!.Value, Until = d.InPostUntil!.Value }).ToListAsync(cancellationToken);
        var rows = days.Select(day => Row(day.ToString("yyyy-MM", CultureInfo.InvariantCulture), spans.Count(s => s.From <= day && day <= s.Until), links?.Roster(day))).ToList();
        return new FigureTable("months", l["Dashboard.Table.months"], [l["Dashboard.Column.Month"], InPost], rows, Chart: 1, Note: l["Dashboard.Note.Months"]);
    }

    private static List<FigureCell> Row(string label, long count, string? link) => [FigureCell.Label(label), FigureCell.Count(count, link)];

    private string Name(Country country) => english ? country.NameEn : country.NameFr;
}
