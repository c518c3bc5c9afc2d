using Microsoft.AspNetCore.Http.HttpResults;
using Vivier.Web.Features.Events.Feedback;
using Vivier.Web.Features.Events.Networking;

namespace Vivier.Web.Features.Events.OnSite;

/// <summary>A scan at the desk or a door: a badge's code, or a person picked by name; the place is a session's id, or none for the welcome desk.</summary>
public sealed record ScanInput(string? Code, Guid? PersonId, Guid? Place);

public sealed record ScanAnswer(string Outcome, string Message, Guid? PersonId, string? Name, string? ParticipantType, string? Organisation, DateTime? At, bool? OnSessionList);

public sealed record MeetingRequestInput(Guid To, string? Message);

public sealed record FeedbackInput(Guid Subject, int? Rating, string? Comment);

/// <summary>
/// On the day and around it: check-in (staff), networking (registered participants; the
/// settings are the organisers'), surveys (participants answer, organisers read the results).
/// </summary>
public static class OnSiteApi
{
    public static RouteGroupBuilder MapOnSiteApi(this RouteGroupBuilder api)
    {
        var staff = new[] { Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin };
        var organisers = new[] { Roles.ProgrammeManager, Roles.Admin };
        var events = api.MapGroup("/events/{id:guid}").WithTags("Events on site");
        events.MapPost("/check-ins", CheckIn).RequireAuthorization(p => p.RequireRole(staff))
            .WithSummary("Checks a participant in at the welcome desk (no place) or a session's door (place = the session's id), from their badge's code or their id. A repeated scan answers 'already'; a forged code or another event's is refused (422).");
        events.MapGet("/attendance", async Task<Results<Ok<AttendanceView>, NotFound>> (Guid id, VivierDb db, OnSiteReads reads, CancellationToken ct) =>
                await db.Events.AnyAsync(e => e.Id == id, ct) ? TypedResults.Ok(await reads.AttendanceAsync(id, ct)) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("Live attendance: confirmed participants, arrivals at the desk, and each session's arrivals against its seats.");
        events.MapPut("/networking", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, NetworkingSettingsInput input, MeetingPlanning planning,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var refusals = await planning.SaveSettingsAsync(id, input, ct);
                return refusals.Count > 0 ? refusals.ToProblem(l) : TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireRole(organisers)).WithSummary("Sets the one-to-one meeting windows (start, end in Paris time), slot length in minutes and tables; accepted meetings are placed again.");
        events.MapGet("/meetings/mine", async (Guid id, ClaimsPrincipal user, NetworkingReads reads, CancellationToken ct) =>
                TypedResults.Ok(await reads.MineAsync(id, user.PersonId(), ct)))
            .RequireAuthorization().WithSummary("The caller's meeting requests at the event, sent and received, with the slot and table of those placed.");
        events.MapPost("/meetings", async Task<Results<Ok, ProblemHttpResult>> (Guid id, MeetingRequestInput input, ClaimsPrincipal user, MeetingRequests desk,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await desk.RequestAsync(id, user.PersonId(), input.To, input.Message, ct) is { } refusal ? refusal.ToProblem(l) : TypedResults.Ok())
            .RequireAuthorization().WithSummary("Asks a participant listed in the directory for a one-to-one meeting, with a message.");
        events.MapGet("/feedback", async Task<Results<Ok<IReadOnlyList<SurveyResult>>, NotFound>> (Guid id, VivierDb db, Surveys desk, CancellationToken ct) =>
                await db.Events.AnyAsync(e => e.Id == id, ct) ? TypedResults.Ok(await desk.ResultsAsync(id, ct)) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(organisers)).WithSummary("The surveys' results: per survey, the count, average, ratings 1 to 5 and comments, with no names.");
        events.MapPost("/feedback", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, FeedbackInput input, ClaimsPrincipal user, Surveys desk,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await desk.AnswerAsync(id, input.Subject, user.PersonId(), input.Rating, input.Comment, ct) is { } refusal
                    ? refusal.ToProblem(l) : TypedResults.NoContent())
            .RequireAuthorization().WithSummary("Answers the event's survey (subject = the event's id) or a session's (its id), once the session is over; once per person.");

        var meetings = api.MapGroup("/meetings/{id:guid}").WithTags("Events on site").RequireAuthorization();
        meetings.MapPost("/accept", (Guid id, ClaimsPrincipal user, MeetingRequests desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Answer(desk.AnswerAsync(id, user.PersonId(), true, ct), l)).WithSummary("The person asked accepts: the meeting is placed in a slot and at a table.");
        meetings.MapPost("/decline", (Guid id, ClaimsPrincipal user, MeetingRequests desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Answer(desk.AnswerAsync(id, user.PersonId(), false, ct), l)).WithSummary("The person asked declines.");
        meetings.MapDelete("", (Guid id, ClaimsPrincipal user, MeetingRequests desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Answer(desk.CancelAsync(id, user.PersonId(), ct), l)).WithSummary("Either person cancels an open meeting.");
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Answer(Task<Refusal?> work, IStringLocalizer l) =>
        await work is { } refusal ? refusal.ToProblem(l) : TypedResults.NoContent();

    private static async Task<Results<Ok<ScanAnswer>, UnprocessableEntity<ScanAnswer>, NotFound>> CheckIn(Guid id, ScanInput input, ClaimsPrincipal user,
        VivierDb db, CheckingIn desk, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var place = input.Place ?? id;
        var result = input.PersonId is { } person ? await desk.CheckInAsync(id, place, person, user.PersonId(), cancellationToken)
            : await desk.ScanAsync(id, place, input.Code, user.PersonId(), cancellationToken);
        var answer = new ScanAnswer(result.Outcome, l[$"CheckIn.Outcome.{result.Outcome}"].Value, result.PersonId, result.Name,
            result.Type is { } type ? EventNames.Name(EventNames.ParticipantTypes, type) : null, result.Organisation, result.At, result.OnSessionList);
        return result.Admitted ? TypedResults.Ok(answer) : TypedResults.UnprocessableEntity(answer);
    }
}
