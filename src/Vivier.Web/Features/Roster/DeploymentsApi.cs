using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Roster;

/// <summary>A lifecycle step asked by staff: the day it happens (arrival, last day in post, new planned end) and why.</summary>
public sealed record LifecycleInput(DateOnly? On, string? Reason);

/// <summary>
/// The roster at a date (staff see all; a sponsor sees the deployments it funds; others 403) and the
/// deployments' lifecycle for staff.
/// </summary>
public static class DeploymentsApi
{
    public static RouteGroupBuilder MapDeploymentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deployments", Roster).WithTags("Deployments")
            .Queries(("asOf", "string"), ("kind", "string"), ("continent", "string"), ("country", "string"), ("theme", "string"), ("sponsor", "string"),
                ("host", "string"), ("page", "integer"), ("pageSize", "integer"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin, Roles.Sponsor))
            .WithSummary("Who was in post on a day (asOf=YYYY-MM-DD, default today in Paris; page, pageSize ≤ 200; kind, continent, country, theme, sponsor, host): "
                + "total, counts by kind and one page of deployments. A sponsor sees only the deployments of missions it funds.");
        var staff = api.MapGroup("/deployments/{id:guid}").WithTags("Deployments")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin));
        staff.MapPost("/depart", (Guid id, LifecycleInput input, ClaimsPrincipal user, DeploymentSteps steps, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            StepAsync(id, DeploymentEvent.Departed, input, user, steps, l, ct)).WithSummary("The expert arrived in post (on = the day, default the planned start).");
        staff.MapPost("/extend", (Guid id, LifecycleInput input, ClaimsPrincipal user, DeploymentSteps steps, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            StepAsync(id, DeploymentEvent.Extended, input, user, steps, l, ct)).WithSummary("A new planned end (on), later than the current one, with its reason.");
        staff.MapPost("/end", (Guid id, LifecycleInput input, ClaimsPrincipal user, DeploymentSteps steps, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            StepAsync(id, input.On is null ? DeploymentEvent.Ended : DeploymentEvent.EndedEarly, input, user, steps, l, ct))
            .WithSummary("Ends the deployment: at its planned end without a day, or early on the given last day with a reason.");
        staff.MapPost("/cancel", (Guid id, LifecycleInput input, ClaimsPrincipal user, DeploymentSteps steps, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            StepAsync(id, DeploymentEvent.Cancelled, input, user, steps, l, ct)).WithSummary("Cancels a deployment before departure, with a reason.");
        return api;
    }

    public static async Task<Results<Ok<RosterPage>, ProblemHttpResult>> Roster(HttpRequest request, ClaimsPrincipal user, VivierDb db, RosterReads roster,
        TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var q = request.Query;
        var (query, refusals) = RosterQuery.Parse(ParisTime.Today(clock.GetUtcNow().UtcDateTime), q["asOf"], q["kind"], q["continent"], q["country"], q["theme"],
            q["sponsor"], q["host"], q["page"], q["pageSize"]);
        if (query is null)
        {
            return refusals.ToProblem(l);
        }
        return TypedResults.Ok(await roster.ReadAsync(query, await SponsorScopeAsync(user, db, cancellationToken), cancellationToken));
    }

    /// <summary>The sponsor whose deployments alone the viewer may see; null for staff, who see all.</summary>
    public static async Task<Guid?> SponsorScopeAsync(ClaimsPrincipal user, VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Recruiter) || user.IsInRole(Roles.ProgrammeManager) || user.IsInRole(Roles.Admin))
        {
            return null;
        }
        var me = user.PersonId();
        // A sponsor account without an organisation sees nothing rather than everything.
        return await db.Users.Where(p => p.Id == me).Select(p => p.OrganisationId).SingleAsync(cancellationToken) ?? Guid.Empty;
    }

    private static async Task<Results<Ok<DeploymentState>, NotFound, ValidationProblem, ProblemHttpResult>> StepAsync(Guid id, string step, LifecycleInput input,
        ClaimsPrincipal user, DeploymentSteps steps, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (deployment, refusal) = await steps.TakeAsync(id, step, input.On, input.Reason, user.PersonId(), cancellationToken);
        return refusal switch
        {
            null => TypedResults.Ok(DeploymentState.Of(deployment!)),
            { Kind: RefusalKind.NotFound } => TypedResults.NotFound(),
            _ => refusal.ToProblem(l),
        };
    }
}

/// <summary>A deployment's state after a change.</summary>
public sealed record DeploymentState(Guid Id, DeploymentStatus Status, DateOnly PlannedStart, DateOnly PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd,
    DateOnly? InPostFrom, DateOnly? InPostUntil)
{
    public static DeploymentState Of(Deployment d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Status, d.PlannedStart, d.PlannedEnd, d.ActualStart, d.ActualEnd, d.InPostFrom, d.InPostUntil);
    }
}
