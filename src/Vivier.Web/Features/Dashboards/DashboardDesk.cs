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
public sealed class DashboardDesk(VivierDb db, IStringLocalizer<SharedResource> l)
{
    public async Task<Dashboard> ReadAsync(DashboardQuery query, Guid? sponsorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = new DashboardScope(db, query, sponsorId);
        var links = sponsorId is null ? new DashboardLinks(query) : null;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var deployment = new DeploymentFigures(db, scope, l, links, english);
        var recruitment = new RecruitmentFigures(db, scope, l, links, stages, english);

        var byCountry = await deployment.ByCountryAsync(cancellationToken);
        var stageCounts = await scope.StageCountsAsync(cancellationToken);
        var parity = new ParityFigures(db, scope, l, stages, english);
        var tables = new List<FigureTable>
        {
            await deployment.KindsAsync(cancellationToken),
            deployment.Continents(byCountry, countries),
            deployment.Countries(byCountry, countries),
            await deployment.SectorsAsync(cancellationToken),
            await deployment.SponsorsAsync(cancellationToken),
            await deployment.MonthsAsync(cancellationToken),
            recruitment.Funnel(stageCounts),
            await recruitment.HiringAsync(cancellationToken),
            await recruitment.MissionsAsync(cancellationToken),
            parity.Stages(stageCounts),
            await parity.DeployedAsync(cancellationToken),
        };
        return new Dashboard(query, tables, byCountry, byCountry.Values.Sum());
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
