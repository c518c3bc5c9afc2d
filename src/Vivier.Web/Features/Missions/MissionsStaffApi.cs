using Microsoft.AspNetCore.Http.HttpResults;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Missions;

public sealed record StaffMissionDto(string Reference, string Status, string Version, MissionInput Mission, DateTime CreatedAt, DateTime? PublishedAt);

public sealed record StatusChange(string Action, string? Reason, DateOnly? Deadline);

/// <summary>
/// Staff write missions through the API too. Updates and status changes name the version they
/// were based on in If-Match (the ETag of GET), so nobody silently overwrites another's edit.
/// </summary>
public static class MissionsStaffApi
{
    public static RouteGroupBuilder MapMissionsStaffApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff/missions").WithTags("Missions (staff)")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin));
        staff.MapPost("", Create).Idempotent().WithSummary("Creates a draft mission; Idempotency-Key honoured.");
        staff.MapGet("/{reference}", Get).WithSummary("Any mission, drafts included, with its version as ETag.");
        staff.MapPut("/{reference}", Update).WithSummary("Replaces a mission's content; If-Match: the version it was based on.");
        staff.MapPost("/{reference}/status", ChangeStatus).WithSummary("publish, close, reopen (with a deadline) or cancel (with a reason); If-Match required.");
        return api;
    }

    public static async Task<Results<Created<StaffMissionDto>, ValidationProblem, ProblemHttpResult>> Create(MissionInput input, MissionEditor editor,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (mission, refusals) = await editor.CreateAsync(input, cancellationToken);
        if (mission is null)
        {
            return refusals.ToProblem(l);
        }
        return TypedResults.Created($"/api/v1/staff/missions/{mission.Reference}", Dto(mission));
    }

    public static async Task<Results<Ok<StaffMissionDto>, NotFound>> Get(string reference, MissionEditor editor, HttpContext context,
        CancellationToken cancellationToken)
    {
        var mission = await editor.FindForEditAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.ETag = $"\"{mission.Version}\"";
        return TypedResults.Ok(Dto(mission));
    }

    public static async Task<Results<Ok<StaffMissionDto>, NotFound, ValidationProblem, ProblemHttpResult>> Update(string reference, MissionInput input,
        MissionEditor editor, HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var mission = await editor.FindForEditAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        if (Precondition(context, l) is { } missing)
        {
            return missing;
        }
        var refusals = await editor.UpdateAsync(mission, input, ExpectedVersion(context), cancellationToken);
        if (refusals.Count > 0)
        {
            return refusals.ToProblem(l);
        }
        context.Response.Headers.ETag = $"\"{mission.Version}\"";
        return TypedResults.Ok(Dto(mission));
    }

    public static async Task<Results<Ok<StaffMissionDto>, NotFound, ProblemHttpResult>> ChangeStatus(string reference, StatusChange change,
        MissionEditor editor, HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var mission = await editor.FindForEditAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        if (Precondition(context, l) is { } missing)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: l["MissionForm.IfMatchRequired"]);
        }
        if (await editor.ChangeStatusAsync(mission, change.Action, ExpectedVersion(context), change.Reason, change.Deadline, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem(l);
        }
        context.Response.Headers.ETag = $"\"{mission.Version}\"";
        return TypedResults.Ok(Dto(mission));
    }

    private static ProblemHttpResult? Precondition(HttpContext context, IStringLocalizer<SharedResource> l) =>
        context.Request.Headers.IfMatch.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: l["MissionForm.IfMatchRequired"])
            : null;

    private static Guid ExpectedVersion(HttpContext context) =>
        Guid.TryParse(context.Request.Headers.IfMatch.ToString().Trim('"', 'W', '/'), out var version) ? version : Guid.Empty;

    private static StaffMissionDto Dto(Mission mission) =>
        new(mission.Reference, mission.Status.ToString(), mission.Version.ToString(), MissionInput.From(mission), mission.CreatedAt, mission.PublishedAt);
}
