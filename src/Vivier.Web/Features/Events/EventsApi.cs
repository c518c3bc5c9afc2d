using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Events;

/// <summary>The caller's place after asking for a seat: enrolled, or waitlisted at a position (1 = next).</summary>
public sealed record EnrolmentAnswer(Guid SessionId, string Status, int? WaitlistPosition);

public sealed record RegistrationAnswer(Guid Id, Guid EventId, string ParticipantType, string Status);

public sealed record AgendaFeedAnswer(string Url);

/// <summary>
/// Events, programmes, registration and seats. Reading the events and programmes is public (the
/// expertise days are announced publicly); registering and picking sessions needs an account;
/// organising is for programme managers and administrators.
/// </summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var organisers = new[] { Roles.ProgrammeManager, Roles.Admin };
        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("", async (EventReads reads, CancellationToken ct) => TypedResults.Ok(await reads.ListAsync(ct)))
            .AllowAnonymous().WithSummary("Every event, the latest first, with its confirmed registrations.");
        events.MapPost("", CreateEvent).RequireAuthorization(p => p.RequireRole(organisers))
            .WithSummary("Creates an event (title, startDate, endDate, venue, audience = open | invitation | approval; registration window by default from now until the event starts).");
        events.MapGet("/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, EventReads reads, CancellationToken ct) =>
                await reads.EventAsync(id, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .AllowAnonymous().WithSummary("One event.");
        events.MapGet("/{id:guid}/sessions", Sessions).AllowAnonymous().WithSummary("An event's programme: its sessions with capacity, enrolled and waitlisted counts.");
        events.MapPost("/{id:guid}/sessions", AddSession).RequireAuthorization(p => p.RequireRole(organisers))
            .WithSummary("Adds a session (title, type = plenary | workshop | carte-blanche | debate | ceremony | training, room, start, end in Paris time unless an offset is given, capacity).");
        events.MapGet("/{id:guid}/calendar.ics", ProgrammeCalendar).AllowAnonymous().WithSummary("The whole programme as an iCalendar file.");
        events.MapPost("/{id:guid}/registrations", Register).RequireAuthorization()
            .WithSummary("Registers the caller (participantType = expert | first-time-departee | partner | sponsor | staff | guest; arrivalDate, dietaryNeeds, accessibilityNeeds, imageRightsConsent).");
        events.MapDelete("/{id:guid}/registrations/me", CancelRegistration).RequireAuthorization()
            .WithSummary("Cancels the caller's registration and gives up their sessions.");

        var sessions = api.MapGroup("/sessions").WithTags("Events");
        sessions.MapGet("/{id:guid}", async Task<Results<Ok<SessionView>, NotFound>> (Guid id, EventReads reads, CancellationToken ct) =>
                await reads.SessionAsync(id, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound())
            .AllowAnonymous().WithSummary("One session with its capacity, enrolled and waitlisted counts.");
        sessions.MapPost("/{id:guid}/enrollments", Enrol).RequireAuthorization().RequireRateLimiting(RateLimiting.Enrol)
            .WithSummary("Asks for a seat: the answer says whether the caller is enrolled or waitlisted, and their waitlist position.");
        sessions.MapDelete("/{id:guid}/enrollments/me", Leave).RequireAuthorization()
            .WithSummary("Leaves the session (seat or waitlist); a freed seat goes to the first person waiting without a clash.");

        var agenda = api.MapGroup("/agenda").WithTags("Events");
        agenda.MapGet("/{token}.ics", PrivateFeed).AllowAnonymous().WithSummary("A person's agenda as a calendar feed, at the secret address they made.");
        var feed = api.MapGroup("/me/agenda-feed").WithTags("Events").RequireAuthorization();
        feed.MapPost("", async (ClaimsPrincipal user, AgendaFeeds feeds, PublicAddress site, CancellationToken ct) =>
                TypedResults.Ok(new AgendaFeedAnswer(site.Absolute(AgendaFeeds.PathOf(await feeds.RenewAsync(user.PersonId(), ct))))))
            .WithSummary("Makes a new secret address for the caller's agenda feed (the old one stops working).");
        feed.MapDelete("", async (ClaimsPrincipal user, AgendaFeeds feeds, CancellationToken ct) =>
                await feeds.RevokeAsync(user.PersonId(), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Revokes the caller's agenda feed address.");
        return api;
    }

    private static async Task<Results<Created<EventView>, ProblemHttpResult>> CreateEvent(EventInput input, ClaimsPrincipal user, EventEditor editor, EventReads reads,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (e, refusals) = await editor.CreateAsync(input, user.PersonId(), cancellationToken);
        if (e is null)
        {
            return refusals.ToProblem(l);
        }
        return TypedResults.Created($"/api/v1/events/{e.Id}", EventView.Of(e, 0));
    }

    private static async Task<Results<Ok<IReadOnlyList<SessionView>>, NotFound>> Sessions(Guid id, EventReads reads, VivierDb db, CancellationToken cancellationToken) =>
        await db.Events.AnyAsync(e => e.Id == id, cancellationToken) ? TypedResults.Ok(await reads.SessionsAsync(id, cancellationToken)) : TypedResults.NotFound();

    private static async Task<Results<Created<SessionView>, NotFound, ProblemHttpResult>> AddSession(Guid id, SessionInput input, VivierDb db, EventEditor editor,
        EventReads reads, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return TypedResults.NotFound();
        }
        var (session, refusals) = await editor.AddSessionAsync(e, input, cancellationToken);
        if (session is null)
        {
            return refusals.ToProblem(l);
        }
        return TypedResults.Created($"/api/v1/sessions/{session.Id}", (await reads.SessionAsync(session.Id, cancellationToken))!);
    }

    private static async Task<IResult> ProgrammeCalendar(Guid id, EventReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var e = await reads.EventAsync(id, cancellationToken);
        if (e is null)
        {
            return Results.NotFound();
        }
        var language = Locale.Current;
        var entries = await reads.ProgrammeEntriesAsync(id, language, cancellationToken);
        return Results.Text(EventCalendar.Write(e.TitleIn(language), entries, clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType);
    }

    private static async Task<IResult> PrivateFeed(string token, AgendaFeeds feeds, EventReads reads, VivierDb db, IStringLocalizer<SharedResource> l, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var owner = await feeds.OwnerAsync(token, cancellationToken);
        if (owner is not { } personId)
        {
            return Results.NotFound();
        }
        var language = await db.Users.Where(p => p.Id == personId).Select(p => p.PreferredLanguage).SingleAsync(cancellationToken);
        var entries = await reads.AgendaEntriesAsync(personId, language, cancellationToken);
        // The address is the secret: no cache or referrer may keep it.
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(EventCalendar.Write(l.In(language, "Agenda.FeedTitle"), entries, clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType);
    }

    private static async Task<Results<Ok<RegistrationAnswer>, ProblemHttpResult>> Register(Guid id, RegistrationInput input, ClaimsPrincipal user,
        Registering desk, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (registration, refusals) = await desk.RegisterAsync(id, user, input, cancellationToken);
        if (registration is null)
        {
            return refusals.ToProblem(l);
        }
        return TypedResults.Ok(new RegistrationAnswer(registration.Id, registration.EventId, EventNames.Name(EventNames.ParticipantTypes, registration.ParticipantType),
            registration.Status.ToString().ToLowerInvariant()));
    }

    private static async Task<IResult> CancelRegistration(Guid id, ClaimsPrincipal user, Registering desk, CancellationToken cancellationToken) =>
        await desk.CancelAsync(id, user.PersonId(), cancellationToken) ? Results.NoContent() : Results.NotFound();

    private static async Task<Results<Ok<EnrolmentAnswer>, ProblemHttpResult>> Enrol(Guid id, ClaimsPrincipal user, Enrolling desk,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await desk.EnrolAsync(id, user.PersonId(), cancellationToken);
        return outcome.Refusal is { } refusal
            ? refusal.ToProblem(l)
            : TypedResults.Ok(new EnrolmentAnswer(id, outcome.Status!.Value.ToString().ToLowerInvariant(), outcome.Position));
    }

    private static async Task<IResult> Leave(Guid id, ClaimsPrincipal user, Enrolling desk, CancellationToken cancellationToken) =>
        await desk.LeaveAsync(id, user.PersonId(), cancellationToken) ? Results.NoContent() : Results.NotFound();
}
