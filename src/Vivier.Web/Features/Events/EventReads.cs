using Vivier.Core.Events.Networking;

namespace Vivier.Web.Features.Events;

public sealed record EventView(Guid Id, string Title, string? TitleEn, string? Description, string? DescriptionEn, DateOnly StartDate, DateOnly EndDate,
    string Venue, string Audience, DateTimeOffset RegistrationOpensAt, DateTimeOffset RegistrationClosesAt, int Registered, IReadOnlyList<string> Questions)
{
    public static EventView Of(Event e, int registered)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Title, e.TitleEn, e.Description, e.DescriptionEn, e.StartDate, e.EndDate, e.Venue, EventNames.Name(EventNames.Audiences, e.Audience),
            EventNames.Paris(e.RegistrationOpensAt), EventNames.Paris(e.RegistrationClosesAt), registered, e.Questions);
    }

    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);
}

public sealed record SpeakerView(string Name, string? Role, Guid? PersonId);

public sealed record SessionView(Guid Id, Guid EventId, string Title, string? TitleEn, string? Description, string Type, string Room,
    DateTimeOffset Start, DateTimeOffset End, int Capacity, int Enrolled, int Waitlisted, IReadOnlyList<SpeakerView> Speakers, IReadOnlyList<string> Themes)
{
    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);

    public int Free => Math.Max(0, Capacity - Enrolled);
}

/// <summary>A person's place in a session: enrolled, or waitlisted at a position.</summary>
public sealed record Place(EnrolmentStatus Status, int? Position);

/// <summary>Reads of events, programmes and agendas, shared by the pages, the API and the calendars.</summary>
public sealed class EventReads(VivierDb db, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<EventView>> ListAsync(CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken);
        var counts = await RegisteredAsync(null, cancellationToken);
        return events.Select(e => EventView.Of(e, counts.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<EventView?> EventAsync(Guid id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null ? null : EventView.Of(e, (await RegisteredAsync(id, cancellationToken)).GetValueOrDefault(id));
    }

    private async Task<Dictionary<Guid, int>> RegisteredAsync(Guid? eventId, CancellationToken cancellationToken) =>
        await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed && (eventId == null || r.EventId == eventId))
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    public Task<IReadOnlyList<SessionView>> SessionsAsync(Guid eventId, CancellationToken cancellationToken) => SessionsAsync([eventId], cancellationToken);

    /// <summary>The sessions of several events at once (a person's agenda), in time order.</summary>
    public async Task<IReadOnlyList<SessionView>> SessionsAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => eventIds.Contains(s.EventId)).Include(s => s.Speakers).Include(s => s.Themes).AsSplitQuery()
            .OrderBy(s => s.Start).ThenBy(s => s.Title).ToListAsync(cancellationToken);
        var waiting = await db.Enrolments.Where(e => eventIds.Contains(e.EventId) && e.Status == EnrolmentStatus.Waitlisted)
            .GroupBy(e => e.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return sessions.Select(s => View(s, waiting.GetValueOrDefault(s.Id))).ToList();
    }

    public async Task<SessionView?> SessionAsync(Guid id, CancellationToken cancellationToken)
    {
        var s = await db.Sessions.AsNoTracking().Include(x => x.Speakers).Include(x => x.Themes).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (s is null)
        {
            return null;
        }
        var waiting = await db.Enrolments.CountAsync(e => e.SessionId == id && e.Status == EnrolmentStatus.Waitlisted, cancellationToken);
        return View(s, waiting);
    }

    private static SessionView View(Session s, int waitlisted) =>
        new(s.Id, s.EventId, s.Title, s.TitleEn, s.Description, EventNames.Name(EventNames.SessionTypes, s.Type), s.Room, EventNames.Paris(s.Start), EventNames.Paris(s.End),
            s.Capacity, s.Enrolled, waitlisted, s.Speakers.OrderBy(x => x.Order).Select(x => new SpeakerView(x.Name, x.Role, x.PersonId)).ToList(),
            s.Themes.Select(t => t.Code).Order(StringComparer.Ordinal).ToList());

    /// <summary>The person's places in an event's sessions (or all events'), with their waitlist positions.</summary>
    public async Task<Dictionary<Guid, Place>> PlacesAsync(Guid personId, Guid? eventId, CancellationToken cancellationToken)
    {
        var mine = await db.Enrolments.AsNoTracking().Where(e => e.PersonId == personId && (eventId == null || e.EventId == eventId))
            .Select(e => new
            {
                e.SessionId, e.Status,
                Ahead = e.Status == EnrolmentStatus.Waitlisted
                    ? db.Enrolments.Count(o => o.SessionId == e.SessionId && o.Status == EnrolmentStatus.Waitlisted && o.Ticket < e.Ticket) : 0,
            }).ToListAsync(cancellationToken);
        return mine.ToDictionary(e => e.SessionId, e => new Place(e.Status, e.Status == EnrolmentStatus.Waitlisted ? e.Ahead + 1 : null));
    }

    public Task<Registration?> RegistrationAsync(Guid eventId, Guid personId, CancellationToken cancellationToken) =>
        db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == eventId && r.PersonId == personId, cancellationToken);

    /// <summary>The whole programme of an event, as a calendar lists it.</summary>
    public Task<List<CalendarEntry>> ProgrammeEntriesAsync(Guid eventId, Locale language, CancellationToken cancellationToken) =>
        Entries(db.Sessions.Where(s => s.EventId == eventId), language).ToListAsync(cancellationToken);

    /// <summary>The sessions the person holds a seat in and their placed one-to-one meetings, across events: their agenda.</summary>
    public async Task<List<CalendarEntry>> AgendaEntriesAsync(Guid personId, Locale language, CancellationToken cancellationToken)
    {
        var entries = await Entries(db.Enrolments.Where(e => e.PersonId == personId && e.Status == EnrolmentStatus.Enrolled)
            .Join(db.Sessions, e => e.SessionId, s => s.Id, (e, s) => s), language).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.Where(m => (m.FromId == personId || m.ToId == personId) && m.Status == MeetingStatus.Accepted && m.Start != null)
            .Join(db.Users, m => m.FromId == personId ? m.ToId : m.FromId, p => p.Id, (m, p) => new { m, Name = p.GivenName + " " + p.FamilyName })
            .Join(db.Events, x => x.m.EventId, e => e.Id, (x, e) => new { x.m, x.Name, e.Venue, e.Title, e.TitleEn })
            .ToListAsync(cancellationToken);
        entries.AddRange(meetings.Select(x => new CalendarEntry(x.m.Id, l.In(language, "Agenda.MeetingWith", x.Name), x.m.Message,
            $"Table {x.m.Table}", x.Venue, language.Pick(x.Title, x.TitleEn), x.m.Start!.Value, x.m.End!.Value, IsMeeting: true)));
        return entries;
    }

    private IQueryable<CalendarEntry> Entries(IQueryable<Session> sessions, Locale language) =>
        sessions.Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new CalendarEntry(s.Id,
            language.IsEnglish && s.TitleEn != null ? s.TitleEn : s.Title, s.Description, s.Room, e.Venue,
            language.IsEnglish && e.TitleEn != null ? e.TitleEn : e.Title, s.Start, s.End));
}
