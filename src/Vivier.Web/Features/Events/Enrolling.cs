namespace Vivier.Web.Features.Events;

/// <summary>What an enrolment gave: a seat, or a place on the waitlist (1 = next), or why not.</summary>
public sealed record EnrolmentOutcome(EnrolmentStatus? Status, int? Position, Refusal? Refusal = null)
{
    public static EnrolmentOutcome Gone() => new(null, null, Refusal.NotFound(Enrolling.NotFound));

    /// <summary>The person may not take the session now: said of the field "Session".</summary>
    public static EnrolmentOutcome Refused(string messageKey, params object[] arguments) => new(null, null, Refusal.Invalid("Session", messageKey, arguments));
}

/// <summary>
/// Picking and leaving sessions. A seat is taken by <see cref="Seats"/>' conditional update inside
/// one transaction that first locks the person's registration (their enrolments run one at a time,
/// so the clash test sees the last one) and then numbers the enrolment under the session's lock
/// (the waitlist's order is the commit order). A freed seat goes to the first person waiting whose
/// agenda has no clash with the session; the others keep their place.
/// </summary>
public sealed class Enrolling(VivierDb db, EventTransactions transactions, Mailer mailer, TimeProvider clock, Networking.MeetingPlanning planning,
    IStringLocalizer<SharedResource> l)
{
    public const string NotFound = "Events.Session.NotFound";

    public async Task<EnrolmentOutcome> EnrolAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.EventId, s.Start, s.End }).SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return EnrolmentOutcome.Gone();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Start <= now)
        {
            return EnrolmentOutcome.Refused("Events.Enrol.Started");
        }
        string? clash = null;
        var enrolment = await transactions.RunAsync<Enrolment?>(async queue =>
        {
            clash = null;
            if (!await Seats.LockConfirmedRegistrationAsync(db, session.EventId, personId, cancellationToken))
            {
                return null;
            }
            // One read for both: the person's place in this session if any, else a session of their agenda at the same time.
            var mine = await db.Enrolments.AsNoTracking().Where(e => e.PersonId == personId)
                .Join(db.Sessions, e => e.SessionId, s => s.Id, (e, s) => new { Enrolment = e, s.Title, s.Start, s.End })
                .Where(x => x.Enrolment.SessionId == sessionId
                    || (x.Enrolment.Status == EnrolmentStatus.Enrolled && x.Start < session.End && session.Start < x.End))
                .OrderByDescending(x => x.Enrolment.SessionId == sessionId).FirstOrDefaultAsync(cancellationToken);
            if (mine?.Enrolment.SessionId == sessionId)
            {
                return mine.Enrolment;
            }
            clash = mine?.Title;
            if (clash is not null)
            {
                return null;
            }
            await queue.EnterAsync();
            return await Seats.EnrolAsync(db, sessionId, session.EventId, personId, now, cancellationToken) ?? throw new InvalidOperationException("The session went away.");
        }, cancellationToken, sessionId, commitWhen: enrolment => enrolment is not null);
        if (enrolment?.Status == EnrolmentStatus.Enrolled)
        {
            // A new seat may take the time of one of the person's meetings.
            await planning.ReplanIfMeetingsAsync(session.EventId, cancellationToken);
        }
        // The place is read after commit, outside the session's lock: every lower ticket has committed by then.
        return enrolment is not null ? await OutcomeAsync(enrolment, cancellationToken)
            : clash is not null ? EnrolmentOutcome.Refused("Events.Enrol.Clash", clash)
            : EnrolmentOutcome.Refused("Events.Enrol.NotRegistered");
    }

    /// <summary>Leaves a session (a seat or the waitlist); a freed seat is offered at once. False when the person held no place.</summary>
    public async Task<bool> LeaveAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken)
    {
        var left = await transactions.RunAsync(async queue =>
        {
            await queue.EnterAsync();
            return await LeaveInTransactionAsync(sessionId, personId, cancellationToken);
        }, cancellationToken, sessionId, commitWhen: left => left);
        if (left)
        {
            await ReplanAfterAsync(sessionId, cancellationToken);
        }
        return left;
    }

    /// <summary>Leaves every session of an event (a cancelled registration), within the caller's transaction.</summary>
    public async Task LeaveEventInTransactionAsync(Guid eventId, Guid personId, CancellationToken cancellationToken)
    {
        var sessions = await db.Enrolments.Where(e => e.EventId == eventId && e.PersonId == personId).Select(e => e.SessionId).ToListAsync(cancellationToken);
        foreach (var sessionId in sessions.Order())
        {
            await LeaveInTransactionAsync(sessionId, personId, cancellationToken);
        }
    }

    /// <summary>Offers the free seats of a session (its capacity grew) to the people waiting.</summary>
    public async Task<int> OfferFreeSeatsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var promoted = await transactions.RunAsync(async queue =>
        {
            await queue.EnterAsync();
            await Seats.LockAsync(db, sessionId, cancellationToken);
            return await PromoteAsync(sessionId, cancellationToken);
        }, cancellationToken, sessionId);
        // Called after a session's change too (its time may have moved): meetings follow.
        await ReplanAfterAsync(sessionId, cancellationToken);
        return promoted;
    }

    /// <summary>A seat freed or given, or a session changed: the event's meetings are placed again if it has any.</summary>
    private async Task ReplanAfterAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var eventId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.EventId).SingleOrDefaultAsync(cancellationToken);
        if (eventId is { } id)
        {
            await planning.ReplanIfMeetingsAsync(id, cancellationToken);
        }
    }

    private async Task<bool> LeaveInTransactionAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken)
    {
        await Seats.LockAsync(db, sessionId, cancellationToken);
        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.SessionId == sessionId && e.PersonId == personId, cancellationToken);
        if (enrolment is null)
        {
            return false;
        }
        db.Enrolments.Remove(enrolment);
        await db.SaveChangesAsync(cancellationToken);
        if (enrolment.Status == EnrolmentStatus.Enrolled)
        {
            await Seats.ReleaseAsync(db, sessionId, cancellationToken);
            await PromoteAsync(sessionId, cancellationToken);
        }
        return true;
    }

    /// <summary>Seats people from the waitlist in ticket order while seats are free, skipping (not removing) those with a clash.</summary>
    private async Task<int> PromoteAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.EventId, s.Title, s.TitleEn, s.Start, s.End, s.Room, Free = s.Capacity - s.Enrolled }).SingleAsync(cancellationToken);
        var free = session.Free;
        var promoted = 0;
        var after = 0L;
        while (free > 0)
        {
            var waiting = await db.Enrolments.Where(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Waitlisted && e.Ticket > after)
                .OrderBy(e => e.Ticket).Take(100).ToListAsync(cancellationToken);
            if (waiting.Count == 0)
            {
                break;
            }
            foreach (var candidate in waiting)
            {
                after = candidate.Ticket;
                if (!await Seats.LockConfirmedRegistrationAsync(db, session.EventId, candidate.PersonId, cancellationToken)
                    || await ClashAsync(candidate.PersonId, sessionId, session.Start, session.End, cancellationToken) is not null
                    || !await Seats.TryTakeAsync(db, sessionId, cancellationToken))
                {
                    continue;
                }
                candidate.Status = EnrolmentStatus.Enrolled;
                candidate.PromotedAt = clock.GetUtcNow().UtcDateTime;
                await TellPromotedAsync(candidate.PersonId, session.Title, session.TitleEn, session.Start, session.Room, cancellationToken);
                promoted++;
                if (--free == 0)
                {
                    break;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return promoted;
    }

    private async Task TellPromotedAsync(Guid personId, string title, string? titleEn, DateTime start, string room, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Email, p.GivenName, p.PreferredLanguage }).SingleAsync(cancellationToken);
        if (person.Email is null)
        {
            return;
        }
        mailer.Queue(person.Email, person.PreferredLanguage, "SeatFreed", person.GivenName, "/mon-agenda",
            [person.PreferredLanguage.Pick(title, titleEn), $"{l.Moment(start, person.PreferredLanguage)} — {room}"]);
    }

    /// <summary>The title of a session of the person's agenda (any event) that overlaps the given times (touching ends do not), if any.</summary>
    private Task<string?> ClashAsync(Guid personId, Guid sessionId, DateTime start, DateTime end, CancellationToken cancellationToken) =>
        db.Enrolments.Where(e => e.PersonId == personId && e.Status == EnrolmentStatus.Enrolled && e.SessionId != sessionId)
            .Join(db.Sessions, e => e.SessionId, s => s.Id, (e, s) => s)
            .Where(s => s.Start < end && start < s.End)
            .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);

    private async Task<EnrolmentOutcome> OutcomeAsync(Enrolment enrolment, CancellationToken cancellationToken) =>
        enrolment.Status == EnrolmentStatus.Enrolled ? new(EnrolmentStatus.Enrolled, null)
            : new(EnrolmentStatus.Waitlisted, await PositionAsync(enrolment.SessionId, enrolment.Ticket, cancellationToken));

    /// <summary>The place on the waitlist: 1 for the next person to get a seat.</summary>
    public async Task<int> PositionAsync(Guid sessionId, long ticket, CancellationToken cancellationToken) =>
        await db.Enrolments.CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Waitlisted && e.Ticket < ticket, cancellationToken) + 1;
}
