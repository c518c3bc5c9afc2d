using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vivier.Core;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Core.ReferenceData;

namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// The figures ministries and staff judge the programme by, computed in the database for a query
/// and a viewer, as tables every output shares. Deployments are counted as the roster counts them
/// (in post on the day, both ends included); recruitment figures follow the cohort of missions
/// published in the period. Staff get a link behind each figure; sponsors get the figures only.
/// </summary>
public sealed class DashboardDesk(IServiceScopeFactory scopes, IStringLocalizer<SharedResource> l)
{
    public async Task<Dashboard> ReadAsync(DashboardQuery query, Guid? sponsorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var links = sponsorId is null ? new DashboardLinks(query) : null;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var named = await InOwnScopeAsync(db => DashboardScope.NamedSponsorAsync(db, query.Sponsor, cancellationToken));
        // Three groups of reads, each on a connection of its own, run at once: the page waits for the slowest group, not for the sum.
        var inPost = InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            var figures = new DeploymentFigures(db, scope, l, links, english);
            var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
            var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
            var counts = await figures.InPostAsync(cancellationToken);
            var byCountry = counts.GroupBy(x => x.Country).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            return (byCountry, Tables: new[]
            {
                figures.Kinds(counts), figures.Continents(byCountry, countries), figures.Countries(byCountry, countries),
                await figures.SectorsAsync(cancellationToken), await figures.SponsorsAsync(cancellationToken),
            }, Parity: new ParityFigures(scope, l, stages, english).Deployed(counts));
        });
        var overTime = InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
            return (Months: await new DeploymentFigures(db, scope, l, links, english).MonthsAsync(cancellationToken),
                Hiring: await new RecruitmentFigures(db, scope, l, links, stages, english).HiringAsync(cancellationToken));
        });
        var recruitment = InOwnScopeAsync(async db =>
        {
            var scope = new DashboardScope(db, query, sponsorId, named);
            var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
            var stageCounts = await scope.StageCountsAsync(cancellationToken);
            var figures = new RecruitmentFigures(db, scope, l, links, stages, english);
            return (Funnel: figures.Funnel(stageCounts), Missions: await figures.MissionsAsync(cancellationToken), Parity: new ParityFigures(scope, l, stages, english).Stages(stageCounts));
        });
        await Task.WhenAll(inPost, overTime, recruitment);
        var (places, overTimeTables, recruitmentTables) = (await inPost, await overTime, await recruitment);
        FigureTable[] tables = [.. places.Tables, overTimeTables.Months, recruitmentTables.Funnel, overTimeTables.Hiring, recruitmentTables.Missions, recruitmentTables.Parity,
            places.Parity];
        return new Dashboard(query, tables, places.byCountry, places.byCountry.Values.Sum());
    }

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
    public string Roster(DateOnly day, string? facet = null)
    {
        var url = $"/roster?asOf={DashboardQuery.Iso(day)}";
        url += query.Kind is { } kind && facet?.StartsWith("kind=", StringComparison.Ordinal) != true ? $"&kind={kind}" : "";
        url += query.Sponsor is { } sponsor && facet?.StartsWith("sponsor=", StringComparison.Ordinal) != true ? $"&sponsor={Uri.EscapeDataString(sponsor)}" : "";
        return facet is null ? url : $"{url}&{facet}";
    }

    public string Roster(string facet) => Roster(query.AsOf, facet);

    /// <summary>The applications to the cohort's missions that reached a stage (any stage when null).</summary>
    public string Applications(string? reached, ExpertKind? kind = null)
    {
        var parts = new List<string>();
        if (reached is not null) { parts.Add($"reached={Uri.EscapeDataString(reached)}"); }
        if ((kind ?? query.Kind) is { } k) { parts.Add($"kind={k}"); }
        if (query.Sponsor is { } sponsor) { parts.Add($"sponsor={Uri.EscapeDataString(sponsor)}"); }
        if (query.From is { } from) { parts.Add($"from={DashboardQuery.Iso(from)}"); }
        if (query.To is { } to) { parts.Add($"to={DashboardQuery.Iso(to)}"); }
        return parts.Count == 0 ? "/gestion/candidatures" : $"/gestion/candidatures?{string.Join('&', parts)}";
    }
}
