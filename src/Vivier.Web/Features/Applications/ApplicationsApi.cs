using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Applications;

/// <summary>Candidates apply and follow their applications; only ever their own.</summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        var candidate = api.MapGroup("").WithTags("Applications").RequireAuthorization(policy => policy.RequireRole(Roles.Expert));
        candidate.MapPost("/missions/{reference}/applications", Apply)
            .WithSummary("Applies to a mission (coverLetter, answers to the screening questions in their order; submit=false keeps a draft). One application per person and mission: a repeat answers the same one.");
        candidate.MapGet("/me/applications", Mine).WithSummary("The signed-in candidate's applications, with their stage and visible history.");
        candidate.MapPost("/me/applications/{id:guid}/withdraw", Withdraw).WithSummary("Withdraws one of the candidate's applications (a draft is deleted).");
        return api;
    }


    public static async Task<Results<Created<ApplicationDto>, Ok<ApplicationDto>, NotFound, ValidationProblem, ProblemHttpResult>> Apply(string reference,
        ApplyInput input, ClaimsPrincipal user, Applying desk, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await desk.ApplyAsync(user.PersonId(), reference, input, cancellationToken);
        return outcome switch
        {
            { Refusal.Kind: RefusalKind.NotFound } => TypedResults.NotFound(),
            { Refusal: { } refusal } => refusal.ToProblem(l),
            { Application: { } application, Created: true } => TypedResults.Created($"/api/v1/me/applications/{application.Id}", application),
            _ => TypedResults.Ok(outcome.Application!),
        };
    }

    public static async Task<Ok<List<ApplicationDto>>> Mine(ClaimsPrincipal user, Applying desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.MineAsync(user.PersonId(), cancellationToken));

    public static async Task<Results<Ok<ApplicationDto>, NoContent, NotFound>> Withdraw(Guid id, ClaimsPrincipal user, Applying desk,
        CancellationToken cancellationToken)
    {
        if (!await desk.WithdrawAsync(user.PersonId(), id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return await desk.ReadAsync(user.PersonId(), id, cancellationToken) is { } application ? TypedResults.Ok(application) : TypedResults.NoContent();
    }
}
