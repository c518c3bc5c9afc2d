using Vivier.Core.Inputs;

namespace Vivier.Web.Features.Events;

/// <summary>Creates and edits events and sessions, with every rule checked before anything is written; each refusal names its field.</summary>
public sealed class EventEditor(VivierDb db, Enrolling enrolments, TimeProvider clock)
{
    public async Task<(Event? Event, IReadOnlyCollection<Refusal> Refusals)> CreateAsync(EventInput input, Guid by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var e = new Event
        {
            Title = "", Venue = "", StartDate = default, EndDate = default, RegistrationOpensAt = now, RegistrationClosesAt = now, CreatedAt = now, CreatedBy = by,
        };
        var refusals = e.Apply(input);
        if (refusals.Count > 0)
        {
            return (null, refusals);
        }
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        return (e, refusals);
    }

    public async Task<IReadOnlyCollection<Refusal>> UpdateAsync(Event e, EventInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var refusals = e.Apply(input);
        if (refusals.Count > 0)
        {
            return refusals;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            refusals.Add(Refusal.Stale("Events.ChangedMeanwhile"));
        }
        return refusals;
    }

    public async Task<(Session? Session, IReadOnlyCollection<Refusal> Refusals)> AddSessionAsync(Event e, SessionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var refusals = new FieldRefusals();
        var session = new Session { EventId = e.Id, Title = "", Room = "", Start = default, End = default, Capacity = 0 };
        await ApplyAsync(e, session, input, refusals, cancellationToken);
        if (refusals.Count > 0)
        {
            return (null, refusals);
        }
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, refusals);
    }

    /// <summary>Saves a session's changes; seats freed by a larger capacity go to the waitlist at once. A smaller capacity never unseats anyone.</summary>
    public async Task<IReadOnlyCollection<Refusal>> UpdateSessionAsync(Event e, Session session, SessionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var refusals = new FieldRefusals();
        await ApplyAsync(e, session, input, refusals, cancellationToken);
        if (refusals.Count > 0)
        {
            return refusals;
        }
        await db.SaveChangesAsync(cancellationToken);
        await enrolments.OfferFreeSeatsAsync(session.Id, cancellationToken);
        return refusals;
    }

    private async Task ApplyAsync(Event e, Session session, SessionInput input, FieldRefusals refusals, CancellationToken cancellationToken)
    {
        // The rules SessionInput declares; then those that need the event (its days).
        refusals.AddRange(DeclaredRules.Check(input));
        if (!refusals.Has("Start") && !refusals.Has("End"))
        {
            EventNames.TryInstant(input.Start, out var start);
            EventNames.TryInstant(input.End, out var end);
            if (ParisTime.Today(start) < e.StartDate || ParisTime.Today(end) > e.EndDate)
            {
                refusals.Add("Start", "Events.Session.OutsideEvent");
            }
            else
            {
                (session.Start, session.End) = (start, end);
            }
        }
        session.Title = input.Title?.Trim() ?? "";
        session.TitleEn = NullIfBlank(input.TitleEn);
        session.Description = NullIfBlank(input.Description);
        session.Room = input.Room?.Trim() ?? "";
        EventNames.TryRead(EventNames.SessionTypes, input.Type, out var type);
        session.Type = type;
        if (input.Capacity is { } capacity && !refusals.Has("Capacity"))
        {
            session.Capacity = capacity;
        }
        var codes = (input.Themes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
        var themes = await db.Themes.Where(t => codes.Contains(t.Code)).ToListAsync(cancellationToken);
        if (themes.Count != codes.Count)
        {
            refusals.Add("Themes", "Events.Session.ThemeUnknown");
        }
        session.Themes = themes;
        var speakers = new List<SessionSpeaker>();
        foreach (var (speaker, i) in (input.Speakers ?? []).Select((s, i) => (s, i)))
        {
            if (string.IsNullOrWhiteSpace(speaker.Name) || speaker.Name.Trim().Length > SessionSpeaker.MaxName || speaker.Role?.Trim().Length > SessionSpeaker.MaxName)
            {
                refusals.Add("Speakers", "Events.Session.Speaker");
                continue;
            }
            speakers.Add(new SessionSpeaker { SessionId = session.Id, Name = speaker.Name.Trim(), Role = NullIfBlank(speaker.Role), PersonId = speaker.PersonId, Order = i });
        }
        if (!refusals.Has("Speakers") && !SameSpeakers(session.Speakers, speakers))
        {
            db.SessionSpeakers.RemoveRange(session.Speakers);
            session.Speakers = speakers;
        }
    }

    private static bool SameSpeakers(List<SessionSpeaker> before, List<SessionSpeaker> after) =>
        before.Count == after.Count && before.OrderBy(s => s.Order).Zip(after).All(p => p.First.Name == p.Second.Name && p.First.Role == p.Second.Role && p.First.PersonId == p.Second.PersonId);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
