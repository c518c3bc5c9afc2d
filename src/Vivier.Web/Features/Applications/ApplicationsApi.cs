using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Vivier.Core.Identity;
using Vivier.Web.Infrastructure;

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
        // Recruiters and Admin run the pipeline; ProgrammeManagers read it; sponsors and partners never see it.
        api.MapGet("/missions/{reference}/applications", List).WithTags("Pipeline")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin))
            .WithSummary("A mission's sent applications with their stage (?stage= to keep one).");
        api.MapPost("/applications/{id:guid}/moves", Move).WithTags("Pipeline")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.Admin))
            .WithSummary("Moves an application to a stage (JSON stage key and reason); who, when and why are recorded and the stage's mail is queued. "
                + "Moving to hired is the hire: deployment created, mission filled, other open applications rejected, all at once; 409 when the mission is filled already.");
        return api;
    }

    private static Guid Me(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public static async Task<Results<Created<ApplicationDto>, Ok<ApplicationDto>, NotFound, ValidationProblem, ProblemHttpResult>> Apply(string reference,
        ApplyInput input, ClaimsPrincipal user, ApplicationDesk desk, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await desk.ApplyAsync(Me(user), reference, input, cancellationToken);
        if (!outcome.MissionFound)
        {
            return TypedResults.NotFound();
        }
        return outcome switch
        {
            { Application: { } application, Created: true } => TypedResults.Created($"/api/v1/me/applications/{application.Id}", application),
            { Application: { } application } => TypedResults.Ok(application),
            { Problem: "Application.Closed" } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Application.Closed"]),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonField(outcome.Field)] = [l[outcome.Problem!]] }),
        };
    }

    public static async Task<Ok<List<ApplicationDto>>> Mine(ClaimsPrincipal user, ApplicationDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.MineAsync(Me(user), cancellationToken));

    public static async Task<Results<Ok<ApplicationDto>, NoContent, NotFound>> Withdraw(Guid id, ClaimsPrincipal user, ApplicationDesk desk,
        CancellationToken cancellationToken)
    {
        if (!await desk.WithdrawAsync(Me(user), id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return await desk.ReadAsync(Me(user), id, cancellationToken) is { } application ? TypedResults.Ok(application) : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<List<PipelineEntry>>, NotFound>> List(string reference, string? stage, Pipeline pipeline, CancellationToken cancellationToken) =>
        await pipeline.ListAsync(reference, stage, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    public static async Task<Results<Ok<PipelineEntry>, NotFound, ValidationProblem, ProblemHttpResult>> Move(Guid id, MoveInput input, ClaimsPrincipal user,
        Pipeline pipeline, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (moved, problem) = await pipeline.MoveAsync(id, input, Me(user), cancellationToken);
        return problem switch
        {
            null => TypedResults.Ok(moved!),
            "Pipeline.NotFound" => TypedResults.NotFound(),
            "Pipeline.AlreadyFilled" or "Pipeline.MissionNotRecruiting" or "Pipeline.HireWithdrawn"
                => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l[problem]),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem == "Pipeline.ReasonTooLong" ? "reason" : "stage"] = [l[problem]] }),
        };
    }

    /// <summary>The JSON name of the field a problem concerns ("coverLetter", "answers[1]"), "cv" when none is named.</summary>
    private static string JsonField(string? field) => field is null ? "cv" : char.ToLowerInvariant(field[0]) + field[1..];
}
