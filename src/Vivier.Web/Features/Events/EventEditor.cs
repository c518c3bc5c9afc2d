namespace Vivier.Web.Features.Events;

/// <summary>An event as an organiser writes it (API and page); the registration window defaults to open from creation until the event starts.</summary>
public sealed record EventInput(string? Title, string? TitleEn, string? Description, string? DescriptionEn, DateOnly? StartDate, DateOnly? EndDate,
    string? Venue, string? Audience, string? RegistrationOpensAt, string? RegistrationClosesAt, IReadOnlyList<string>? Questions = null,
    string? SignatoryName = null, string? SignatoryTitle = null);

/// <summary>A session as an organiser writes it: times in Paris time unless they carry an offset.</summary>
public sealed record SessionInput(string? Title, string? TitleEn, string? Description, string? Type, string? Room, string? Start, string? End, int? Capacity,
    IReadOnlyList<string>? Themes = null, IReadOnlyList<SpeakerInput>? Speakers = null);

public sealed record SpeakerInput(string? Name, string? Role, Guid? PersonId = null);

/// <summary>Creates and edits events and sessions, with every rule checked before anything is written; problems are resource keys by field.</summary>
public sealed class EventEditor(VivierDb db, Enrolling enrolments, TimeProvider clock)
{
    public async Task<(Event? Event, Dictionary<string, string> Problems)> CreateAsync(EventInput input, Guid by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = new Dictionary<string, string>();
        var e = new Event
        {
            Title = "", Venue = "", StartDate = default, EndDate = default, RegistrationOpensAt = now, RegistrationClosesAt = now, CreatedAt = now, CreatedBy = by,
        };
        Apply(e, input, problems, now);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        return (e, problems);
    }

    public async Task<Dictionary<string, string>> UpdateAsync(Event e, EventInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var problems = new Dictionary<string, string>();
        Apply(e, input, problems, e.CreatedAt);
        if (problems.Count > 0)
        {
            return problems;
        }
        e.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            problems[""] = "Events.ChangedMeanwhile";
        }
        return problems;
    }

    private static void Apply(Event e, EventInput input, Dictionary<string, string> problems, DateTime createdAt)
    {
        e.Title = Required(input.Title, Event.MaxTitle, "Title", problems);
        e.TitleEn = Optional(input.TitleEn, Event.MaxTitle, "TitleEn", problems);
        e.Description = Optional(input.Description, Event.MaxDescription, "Description", problems);
        e.DescriptionEn = Optional(input.DescriptionEn, Event.MaxDescription, "DescriptionEn", problems);
        e.Venue = Required(input.Venue, Event.MaxVenue, "Venue", problems);
        e.SignatoryName = Optional(input.SignatoryName, Event.MaxSignatory, "SignatoryName", problems);
        e.SignatoryTitle = Optional(input.SignatoryTitle, Event.MaxSignatory, "SignatoryTitle", problems);
        if (input.StartDate is not { } start)
        {
            problems["StartDate"] = "Events.StartDate.Required";
        }
        else if (input.EndDate is not { } end)
        {
            problems["EndDate"] = "Events.EndDate.Required";
        }
        else if (end < start || end > start.AddDays(31))
        {
            problems["EndDate"] = "Events.EndDate.Range";
        }
        else
        {
            (e.StartDate, e.EndDate) = (start, end);
        }
        if (!EventNames.TryRead(EventNames.Audiences, input.Audience ?? "open", out var audience))
        {
            problems["Audience"] = "Events.Audience.Unknown";
        }
        e.Audience = audience;
        var opens = createdAt;
        if (!string.IsNullOrWhiteSpace(input.RegistrationOpensAt) && !EventNames.TryInstant(input.RegistrationOpensAt, out opens))
        {
            problems["RegistrationOpensAt"] = "Events.Instant.Invalid";
        }
        var closes = input.StartDate is { } day ? Event.StartsAt(day) : createdAt;
        if (!string.IsNullOrWhiteSpace(input.RegistrationClosesAt) && !EventNames.TryInstant(input.RegistrationClosesAt, out closes))
        {
            problems["RegistrationClosesAt"] = "Events.Instant.Invalid";
        }
        else if (closes <= opens && !problems.ContainsKey("RegistrationOpensAt"))
        {
            problems["RegistrationClosesAt"] = "Events.Window.Order";
        }
        (e.RegistrationOpensAt, e.RegistrationClosesAt) = (opens, closes);
        var questions = (input.Questions ?? []).Select(q => q?.Trim() ?? "").Where(q => q.Length > 0).Distinct().ToList();
        if (questions.Count > Event.MaxQuestions || questions.Any(q => q.Length > Event.MaxQuestionLength))
        {
            problems["Questions"] = "Events.Questions.Invalid";
        }
        e.Questions = questions;
    }

    public async Task<(Session? Session, Dictionary<string, string> Problems)> AddSessionAsync(Event e, SessionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var problems = new Dictionary<string, string>();
        var session = new Session { EventId = e.Id, Title = "", Room = "", Start = default, End = default, Capacity = 0 };
        await ApplyAsync(e, session, input, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, problems);
    }

    /// <summary>Saves a session's changes; seats freed by a larger capacity go to the waitlist at once. A smaller capacity never unseats anyone.</summary>
    public async Task<Dictionary<string, string>> UpdateSessionAsync(Event e, Session session, SessionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var problems = new Dictionary<string, string>();
        await ApplyAsync(e, session, input, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }
        await db.SaveChangesAsync(cancellationToken);
        await enrolments.OfferFreeSeatsAsync(session.Id, cancellationToken);
        return problems;
    }

    private async Task ApplyAsync(Event e, Session session, SessionInput input, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        session.Title = Required(input.Title, Session.MaxTitle, "Title", problems);
        session.TitleEn = Optional(input.TitleEn, Session.MaxTitle, "TitleEn", problems);
        session.Description = Optional(input.Description, Session.MaxDescription, "Description", problems);
        session.Room = Required(input.Room, Session.MaxRoom, "Room", problems);
        if (!EventNames.TryRead(EventNames.SessionTypes, input.Type, out var type))
        {
            problems["Type"] = "Events.SessionType.Unknown";
        }
        session.Type = type;
        if (!EventNames.TryInstant(input.Start, out var start))
        {
            problems["Start"] = "Events.Instant.Invalid";
        }
        else if (!EventNames.TryInstant(input.End, out var end))
        {
            problems["End"] = "Events.Instant.Invalid";
        }
        else if (end <= start)
        {
            problems["End"] = "Events.Session.EndBeforeStart";
        }
        else if (ParisTime.Today(start) < e.StartDate || ParisTime.Today(end) > e.EndDate)
        {
            problems["Start"] = "Events.Session.OutsideEvent";
        }
        else
        {
            (session.Start, session.End) = (start, end);
        }
        if (input.Capacity is not { } capacity || capacity < 1 || capacity > Session.MaxCapacity)
        {
            problems["Capacity"] = "Events.Session.Capacity";
        }
        else
        {
            session.Capacity = capacity;
        }
        var codes = (input.Themes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
        var themes = await db.Themes.Where(t => codes.Contains(t.Code)).ToListAsync(cancellationToken);
        if (themes.Count != codes.Count)
        {
            problems["Themes"] = "Events.Session.ThemeUnknown";
        }
        session.Themes = themes;
        var speakers = new List<SessionSpeaker>();
        foreach (var (speaker, i) in (input.Speakers ?? []).Select((s, i) => (s, i)))
        {
            if (string.IsNullOrWhiteSpace(speaker.Name) || speaker.Name.Trim().Length > SessionSpeaker.MaxName || speaker.Role?.Trim().Length > SessionSpeaker.MaxName)
            {
                problems["Speakers"] = "Events.Session.Speaker";
                continue;
            }
            speakers.Add(new SessionSpeaker { SessionId = session.Id, Name = speaker.Name.Trim(), Role = NullIfBlank(speaker.Role), PersonId = speaker.PersonId, Order = i });
        }
        if (!problems.ContainsKey("Speakers") && !SameSpeakers(session.Speakers, speakers))
        {
            db.SessionSpeakers.RemoveRange(session.Speakers);
            session.Speakers = speakers;
        }
    }

    private static bool SameSpeakers(List<SessionSpeaker> before, List<SessionSpeaker> after) =>
        before.Count == after.Count && before.OrderBy(s => s.Order).Zip(after).All(p => p.First.Name == p.Second.Name && p.First.Role == p.Second.Role && p.First.PersonId == p.Second.PersonId);

    private static string Required(string? text, int max, string field, Dictionary<string, string> problems)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            problems[field] = "Events.Field.Required";
        }
        else if (value.Length > max)
        {
            problems[field] = "Events.Field.TooLong";
        }
        return value;
    }

    private static string? Optional(string? text, int max, string field, Dictionary<string, string> problems)
    {
        var value = NullIfBlank(text);
        if (value?.Length > max)
        {
            problems[field] = "Events.Field.TooLong";
        }
        return value;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
