using Vivier.Web.Features.Roster;

namespace Vivier.Web.Features.Dashboards;

/// <summary>What a viewer asked, and what they may see of it.</summary>
/// <param name="SponsorId">The viewer's own sponsor when the viewer is a sponsor: the only rows counted.</param>
/// <param name="Refused">A sponsor asked for another sponsor's figures.</param>
public sealed record DashboardRequest(DashboardQuery? Query, IReadOnlyCollection<Refusal> Refusals, Guid? SponsorId, string? OwnSponsor, bool Refused)
{
    public bool IsSponsor => SponsorId is not null;
}

/// <summary>Reads a dashboard request from the URL, for the page, the exports and the API alike.</summary>
public sealed class DashboardAccess(VivierDb db, TimeProvider clock)
{
    public async Task<DashboardRequest> ResolveAsync(ClaimsPrincipal user, IQueryCollection q, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(q);
        var (query, refusals) = DashboardQuery.Parse(ParisTime.Today(clock.GetUtcNow().UtcDateTime), q["asOf"], q["kind"], q["sponsor"], q["from"], q["to"]);
        var sponsorId = await DeploymentsApi.SponsorScopeAsync(user, db, cancellationToken);
        if (sponsorId is not { } own)
        {
            return new DashboardRequest(query, refusals, null, null, Refused: false);
        }
        var name = await db.Organisations.Where(o => o.Id == own).Select(o => o.ShortName).SingleOrDefaultAsync(cancellationToken);
        // A sponsor may name itself; naming another is refused, not quietly narrowed.
        var refused = query?.Sponsor is { } asked && !string.Equals(asked, name, StringComparison.Ordinal);
        return new DashboardRequest(query, refusals, own, name, refused);
    }
}
