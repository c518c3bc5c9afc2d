using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Dashboards;

/// <summary>The dashboards' tables as JSON: staff see all, a sponsor its own scope (another sponsor: 403), parity figures under secrecy.</summary>
public static class DashboardsApi
{
    public static RouteGroupBuilder MapDashboardsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboards", ReadAsync).WithTags("Dashboards")
            .Queries(("asOf", "string"), ("kind", "string"), ("sponsor", "string"), ("from", "string"), ("to", "string"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin, Roles.Sponsor))
            .WithSummary("Every dashboard table (kinds, continents, countries, sectors, sponsors, months, funnel, hiring, missions, parity-stages, parity-deployed) for "
                + "asOf=YYYY-MM-DD (default today in Paris), kind, sponsor (short name), from and to (missions published in the period). Hidden cells have hidden=true and no value.");
        return api;
    }

    private static async Task<Results<Ok<Dashboard>, ProblemHttpResult, ForbidHttpResult>> ReadAsync(HttpRequest request, ClaimsPrincipal user, DashboardAccess access,
        DashboardReads desk, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var asked = await access.ResolveAsync(user, request.Query, cancellationToken);
        if (asked.Refused)
        {
            return TypedResults.Forbid();
        }
        if (asked.Query is not { } query)
        {
            return asked.Refusals.ToProblem(l);
        }
        return TypedResults.Ok(await desk.ReadAsync(query, asked.SponsorId, cancellationToken));
    }
}
