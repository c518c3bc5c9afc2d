using Vivier.Core.Events.Networking;

namespace Vivier.Web.Features.Events.Networking;

/// <summary>What a participant shows in the event's directory.</summary>
public sealed record NetworkingProfileInput(bool InDirectory, string? Organisation, string? CountryCode, string? SectorCode);

/// <summary>
/// The participants' side of networking: the directory entry, asking for a meeting, answering,
/// cancelling. One person's requests run one after the other (their registration row is locked,
/// and the other person's too, in a fixed order), so neither the cap on requests nor the rule of
/// one open request per pair can be beaten by asking twice at once.
/// </summary>
public sealed class MeetingRequests(VivierDb db, EventTransactions transactions, MeetingPlanning planning, Mailer mailer, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyCollection<Refusal>> SaveProfileAsync(Guid eventId, Guid personId, NetworkingProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new FieldRefusals();
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.PersonId == personId
            && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        if (registration is null)
        {
            refusals.Add("", "Networking.NotRegistered");
            return refusals;
        }
        var organisation = input.Organisation?.Trim();
        var country = input.CountryCode?.Trim().ToUpperInvariant();
        var sector = input.SectorCode?.Trim();
        if (organisation?.Length > Registration.MaxOrganisation)
        {
            refusals.Add("Organisation", "Networking.Organisation.TooLong");
        }
        else if (input.InDirectory && string.IsNullOrEmpty(organisation))
        {
            refusals.Add("Organisation", "Networking.Organisation.Required");
        }
        if (!string.IsNullOrEmpty(country) ? !await db.Countries.AnyAsync(c => c.Code == country, cancellationToken) : input.InDirectory)
        {
            refusals.Add("CountryCode", "Networking.Country.Unknown");
        }
        if (!string.IsNullOrEmpty(sector) ? !await db.Themes.AnyAsync(t => t.Code == sector, cancellationToken) : input.InDirectory)
        {
            refusals.Add("SectorCode", "Networking.Sector.Unknown");
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        registration.InDirectory = input.InDirectory;
        registration.Organisation = string.IsNullOrEmpty(organisation) ? null : organisation;
        registration.CountryCode = string.IsNullOrEmpty(country) ? null : country;
        registration.SectorCode = string.IsNullOrEmpty(sector) ? null : sector;
        await db.SaveChangesAsync(cancellationToken);
        return refusals;
    }

    /// <summary>Asks <paramref name="to"/> for a meeting. Null when sent; otherwise why not, said of the message.</summary>
    public async Task<Refusal?> RequestAsync(Guid eventId, Guid from, Guid to, string? message, CancellationToken cancellationToken)
    {
        var text = message?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Refusal.Invalid("Message", "Networking.Message.Required");
        }
        if (text.Length > Meeting.MaxMessage)
        {
            return Refusal.Invalid("Message", "Networking.Message.TooLong");
        }
        if (from == to)
        {
            return Refusal.Invalid("Message", "Networking.Request.Yourself");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var refusal = await transactions.RunAsync<Refusal?>(async () =>
        {
            // Both registrations locked in id order: A asking B and B asking A at once queue here.
            foreach (var person in new[] { from, to }.Order())
            {
                if (!await Seats.LockConfirmedRegistrationAsync(db, eventId, person, cancellationToken))
                {
                    return Refusal.Invalid("Message", person == from ? "Networking.NotRegistered" : "Networking.Request.NotListed");
                }
            }
            if (!await db.Registrations.AnyAsync(r => r.EventId == eventId && r.PersonId == to && r.InDirectory, cancellationToken))
            {
                return Refusal.Invalid("Message", "Networking.Request.NotListed");
            }
            var open = db.Meetings.Where(m => m.EventId == eventId && (m.Status == MeetingStatus.Requested || m.Status == MeetingStatus.Accepted));
            if (await open.AnyAsync(m => (m.FromId == from && m.ToId == to) || (m.FromId == to && m.ToId == from), cancellationToken))
            {
                return Refusal.Invalid("Message", "Networking.Request.Already");
            }
            if (await open.CountAsync(m => m.FromId == from, cancellationToken) >= Meeting.MaxSentPerEvent)
            {
                return Refusal.Invalid("Message", "Networking.Request.TooMany");
            }
            db.Meetings.Add(new Meeting { EventId = eventId, FromId = from, ToId = to, Message = text, Status = MeetingStatus.Requested, RequestedAt = now });
            var asker = await db.Users.AsNoTracking().Where(p => p.Id == from).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(cancellationToken);
            await TellAsync(to, "MeetingRequested", eventId, [asker, text], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }, cancellationToken, commitWhen: refused => refused is null);
        return refusal;
    }

    /// <summary>The person asked accepts or declines; an accepted meeting is placed at once. Null when done, else why not, said of the meeting's status.</summary>
    public async Task<Refusal?> AnswerAsync(Guid meetingId, Guid me, bool accept, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ToId == me, cancellationToken);
        if (meeting is null)
        {
            return Refusal.NotFound("Networking.Meeting.NotFound");
        }
        if (meeting.Status != MeetingStatus.Requested)
        {
            return Refusal.Invalid("Status", "Networking.Meeting.Answered");
        }
        meeting.Answer(accept, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.Invalid("Status", "Networking.Meeting.Answered");
        }
        if (accept)
        {
            await planning.ReplanAsync(meeting.EventId, cancellationToken);
        }
        var placed = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, cancellationToken);
        var answerer = await db.Users.AsNoTracking().Where(p => p.Id == me).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(cancellationToken);
        await TellAsync(meeting.FromId, accept ? "MeetingAccepted" : "MeetingDeclined", meeting.EventId, language => placed.Start is { } start
            ? [answerer, $"{l.Slot(start, placed.End!.Value, language)}, table {placed.Table}"] : [answerer], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Either person cancels an open meeting; the other is told and the slot goes back to the others.</summary>
    public async Task<Refusal?> CancelAsync(Guid meetingId, Guid me, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && (m.FromId == me || m.ToId == me), cancellationToken);
        if (meeting is null)
        {
            return Refusal.NotFound("Networking.Meeting.NotFound");
        }
        if (!meeting.IsOpen)
        {
            return Refusal.Invalid("Status", "Networking.Meeting.Closed");
        }
        var wasAccepted = meeting.Status == MeetingStatus.Accepted;
        meeting.Cancel();
        var canceller = await db.Users.AsNoTracking().Where(p => p.Id == me).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(cancellationToken);
        await TellAsync(meeting.FromId == me ? meeting.ToId : meeting.FromId, "MeetingCancelled", meeting.EventId, [canceller], cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.Invalid("Status", "Networking.Meeting.Closed");
        }
        if (wasAccepted)
        {
            await planning.ReplanAsync(meeting.EventId, cancellationToken);
        }
        return null;
    }

    /// <summary>Cancels a person's open meetings at an event (their registration was cancelled), in the caller's transaction.</summary>
    public static Task<int> CancelAllInTransactionAsync(VivierDb db, Guid eventId, Guid personId, CancellationToken cancellationToken) =>
        db.Meetings.Where(m => m.EventId == eventId && (m.FromId == personId || m.ToId == personId)
                && (m.Status == MeetingStatus.Requested || m.Status == MeetingStatus.Accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Cancelled).SetProperty(m => m.Start, (DateTime?)null)
                .SetProperty(m => m.End, (DateTime?)null).SetProperty(m => m.Table, (int?)null).SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);

    private Task TellAsync(Guid personId, string template, Guid eventId, IReadOnlyList<string> items, CancellationToken cancellationToken) =>
        TellAsync(personId, template, eventId, _ => items, cancellationToken);

    /// <summary>Queues a mail whose lines are written in the reader's language (a slot's day name).</summary>
    private async Task TellAsync(Guid personId, string template, Guid eventId, Func<Locale, IReadOnlyList<string>> items, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Email, p.GivenName, p.PreferredLanguage }).SingleAsync(cancellationToken);
        if (person.Email is not null)
        {
            mailer.Queue(person.Email, person.PreferredLanguage, template, person.GivenName, $"/evenements/{eventId}/reseau", items(person.PreferredLanguage));
        }
    }
}
