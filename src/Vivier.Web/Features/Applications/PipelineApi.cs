using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Applications;

/// <summary>Several applications of one mission moved at once.</summary>
public sealed record BulkMoveInput(IReadOnlyList<Guid>? Ids, string? Stage, string? Reason);

/// <summary>
/// The recruitment pipeline for staff: Recruiters and Admin run it, ProgrammeManagers read it,
/// sponsors, partners and candidates never reach it.
/// </summary>
public static class PipelineApi
{
    public static RouteGroupBuilder MapPipelineApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").WithTags("Pipeline").RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin));
        var run = api.MapGroup("").WithTags("Pipeline").RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.Admin));
        read.MapGet("/missions/{reference}/applications", List)
            .WithSummary("A mission's sent applications with their stage (?stage= to keep one).");
        read.MapGet("/applications/{id:guid}", Read)
            .WithSummary("One application as staff read it: letter, answers, profile and CV as sent, history, reviews (others' scores once one's own are given), notes.");
        run.MapPost("/applications/{id:guid}/moves", Move)
            .WithSummary("Moves an application to a stage (JSON stage key and reason); who, when and why are recorded and the stage's mail is queued. "
                + "Moving to hired is the hire: deployment created, mission filled, other open applications rejected, all at once; 409 when the mission is filled already.");
        run.MapPost("/missions/{reference}/applications/moves", MoveMany)
            .WithSummary("Moves several applications of the mission to a stage at once (JSON ids, stage, reason): all or none; one mail per candidate.");
        run.MapPost("/applications/{id:guid}/review/declaration", Declare)
            .WithSummary("The reviewer declares whether they have a conflict of interest with the candidate (JSON conflictOfInterest), before any score.");
        run.MapPut("/applications/{id:guid}/review", Score)
            .WithSummary("The reviewer's scores: one per criterion of the mission, 1 to 5, with optional comments.");
        run.MapPost("/applications/{id:guid}/notes", Note).WithSummary("Adds an internal note, never shown to the candidate.");
        return api;
    }


    public static async Task<Results<Ok<List<PipelineEntry>>, NotFound>> List(string reference, string? stage, Pipeline pipeline, CancellationToken cancellationToken) =>
        await pipeline.ListAsync(reference, stage, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    public static async Task<Results<Ok<ApplicationFolderDto>, NotFound>> Read(Guid id, ClaimsPrincipal user, ApplicationFolders folders, CancellationToken cancellationToken) =>
        await folders.ReadAsync(id, user.PersonId(), cancellationToken) is { } folder ? TypedResults.Ok(folder) : TypedResults.NotFound();

    public static async Task<Results<Ok<PipelineEntry>, NotFound, ValidationProblem, ProblemHttpResult>> Move(Guid id, MoveInput input, ClaimsPrincipal user,
        Pipeline pipeline, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (moved, refusal) = await pipeline.MoveAsync(id, input, user.PersonId(), cancellationToken);
        return refusal is null ? TypedResults.Ok(moved!) : Refused<PipelineEntry>(refusal, l);
    }

    public static async Task<Results<Ok<BulkMoveResult>, NotFound, ValidationProblem, ProblemHttpResult>> MoveMany(string reference, BulkMoveInput input,
        ClaimsPrincipal user, Pipeline pipeline, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (moved, refusal) = await pipeline.MoveManyAsync(reference, input.Ids ?? [], new MoveInput(input.Stage, input.Reason), user.PersonId(), cancellationToken);
        // Naming an application that is not the mission's is a mistake in the request, not a missing page.
        return refusal is null ? TypedResults.Ok(new BulkMoveResult(moved))
            : Refused<BulkMoveResult>(refusal.Kind == RefusalKind.NotFound ? Refusal.Invalid(nameof(BulkMoveInput.Ids), "Pipeline.NotAllFound") : refusal, l);
    }

    public static async Task<Results<Ok<ApplicationFolderDto>, NotFound, ValidationProblem, ProblemHttpResult>> Declare(Guid id, DeclarationInput input,
        ClaimsPrincipal user, ApplicationFolders folders, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await folders.DeclareAsync(id, user.PersonId(), input, cancellationToken) is { } refusal ? Refused<ApplicationFolderDto>(refusal, l) : TypedResults.Ok((await folders.ReadAsync(id, user.PersonId(), cancellationToken))!);

    public static async Task<Results<Ok<ApplicationFolderDto>, NotFound, ValidationProblem, ProblemHttpResult>> Score(Guid id, ScoreInput input,
        ClaimsPrincipal user, ApplicationFolders folders, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await folders.ScoreAsync(id, user.PersonId(), input, cancellationToken) is { } refusal ? Refused<ApplicationFolderDto>(refusal, l) : TypedResults.Ok((await folders.ReadAsync(id, user.PersonId(), cancellationToken))!);

    public static async Task<Results<Ok<ApplicationFolderDto>, NotFound, ValidationProblem, ProblemHttpResult>> Note(Guid id, NoteInput input,
        ClaimsPrincipal user, ApplicationFolders folders, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await folders.AddNoteAsync(id, user.PersonId(), input, cancellationToken) is { } refusal ? Refused<ApplicationFolderDto>(refusal, l) : TypedResults.Ok((await folders.ReadAsync(id, user.PersonId(), cancellationToken))!);

    /// <summary>A refused request: 404 without a body when there is nothing to act on, problem details otherwise.</summary>
    private static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> Refused<T>(Refusal refusal, IStringLocalizer<SharedResource> l) =>
        refusal.Kind == RefusalKind.NotFound ? TypedResults.NotFound() : refusal.ToProblem(l);
}

/// <summary>How many applications a bulk move moved.</summary>
public sealed record BulkMoveResult(int Moved);
