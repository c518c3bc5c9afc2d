using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// The figures ministries and staff judge the programme by, computed in the database for a query
/// and a viewer, as tables every output shares. Deployments are counted as the roster counts them
/// (in post on the day, both ends included); recruitment figures follow the cohort of missions
/// published in the period. Staff get a link behind each figure; sponsors get the figures only.
/// </summary>
public sealed class DashboardReads(IServiceScopeFactory scopes, IStringLocalizer<SharedResource> l)
{
    /// <param name="only">One table's id (an export): only the group of reads that makes it runs.</param>
    public async Task<Dashboard> ReadAsync(DashboardQuery query, Guid? sponsorId, CancellationToken cancellationToken, string? only = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var links = sponsorId is null ? new DashboardLinks(query) : null;
        var english = Locale.Current.IsEnglish;
        var (named, stages) = await InOwnScopeAsync(async db => (await DashboardScope.NamedSponsorAsync(db, query.Sponsor, cancellationToken),
            await db.PipelineStages.OrderBy(s => s.Position).ToListAsync(cancellationToken)));
        bool Needs(params string[] ids) => only is null || ids.Contains(only);
        var none = Task.FromResult(new FigureGroup([], []));
        // Three groups of reads, each on a connection of its own, run at once: the page waits for the slowest group, not for the sum.
        var inPost = !Needs("kinds", "continents", "countries", "sectors", "sponsors", "parity-deployed") ? none : InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            var figures = new DeploymentFigures(db, scope, l, links, english);
            var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
            var counts = await figures.InPostAsync(cancellationToken);
            var byCountry = counts.GroupBy(x => x.Country).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            return new FigureGroup(byCountry,
            [
                figures.Kinds(counts), figures.Continents(byCountry, countries), figures.Countries(byCountry, countries),
                await figures.SectorsAsync(cancellationToken), await figures.SponsorsAsync(cancellationToken), new ParityFigures(scope, l, stages, english).Deployed(counts),
            ]);
        });
        var overTime = !Needs("months", "hiring") ? none : InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            return new FigureGroup([],
            [
                await new DeploymentFigures(db, scope, l, links, english).MonthsAsync(cancellationToken),
                await new RecruitmentFigures(db, scope, l, links, stages, english).HiringAsync(cancellationToken),
            ]);
        });
        var recruitment = !Needs("funnel", "missions", "parity-stages") ? none : InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            var stageCounts = await scope.StageCountsAsync(cancellationToken);
            var figures = new RecruitmentFigures(db, scope, l, links, stages, english);
            return new FigureGroup([],
            [
                figures.Funnel(stageCounts), await figures.MissionsAsync(cancellationToken), new ParityFigures(scope, l, stages, english).Stages(stageCounts),
            ]);
        });
        var groups = await Task.WhenAll(inPost, overTime, recruitment);
        var tables = groups.SelectMany(g => g.Tables).OrderBy(t => FigureTable.Ids.ToList().IndexOf(t.Id)).ToList();
        var byCountry = groups[0].ByCountry;
        return new Dashboard(query, tables, byCountry, byCountry.Values.Sum());
    }

    /// <summary>The tables one group of reads makes, and (for the group of people in post) the counts by country for the map.</summary>
    private sealed record FigureGroup(Dictionary<string, int> ByCountry, FigureTable[] Tables);

    private async Task<T> InOwnScopeAsync<T>(Func<VivierDb, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}

/// <summary>Where each figure comes from, for staff: the roster or the applications behind it, with the dashboard's filters.</summary>
public sealed class DashboardLinks(DashboardQuery query)
{
    /// <summary>The roster on a day with the dashboard's kind and sponsor, and one more filter that may replace either.</summary>
    public string Roster(DateOnly day, string? name = null, string? value = null)
    {
        var values = new Dictionary<string, string?> { ["asOf"] = DashboardQuery.Iso(day), ["kind"] = query.Kind?.ToString(), ["sponsor"] = query.Sponsor };
        if (name is not null)
        {
            values[name] = value;
        }
        return QueryHelpers.AddQueryString("/roster", values.Where(v => v.Value is not null));
    }

    public string Roster(string name, string value) => Roster(query.AsOf, name, value);

    /// <summary>The applications to the cohort's missions that reached a stage (any stage when null).</summary>
    public string Applications(string? reached, ExpertKind? kind = null) => QueryHelpers.AddQueryString("/gestion/candidatures", new Dictionary<string, string?>
    {
        ["reached"] = reached, ["kind"] = (kind ?? query.Kind)?.ToString(), ["sponsor"] = query.Sponsor,
        ["from"] = query.From is { } from ? DashboardQuery.Iso(from) : null, ["to"] = query.To is { } to ? DashboardQuery.Iso(to) : null,
    }.Where(v => v.Value is not null));
}
