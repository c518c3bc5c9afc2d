using Vivier.Core.Events.Networking;

namespace Vivier.Web.Features.Events.Networking;

/// <summary>A meeting window as entered: Paris wall-clock times unless an offset is given (as sessions).</summary>
public sealed record WindowInput(string? Start, string? End);

/// <summary>The organiser's networking settings: slot length in minutes, tables, and the windows (empty rows ignored).</summary>
public sealed record NetworkingSettingsInput(int? Minutes, int? Tables, IReadOnlyList<WindowInput>? Windows);

/// <summary>
/// Replans an event's one-to-one meetings after anything that changes them: a meeting accepted
/// or cancelled, a seat taken or freed, a session moved, the organiser's windows or tables. Runs
/// in its own transaction once the change has committed, queued per event and under the event's
/// lock, so replannings never interleave; both people of a meeting that moved are told.
/// </summary>
public sealed class MeetingPlanning(VivierDb db, EventTransactions transactions, Mailer mailer, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task ReplanAsync(Guid eventId, CancellationToken cancellationToken) =>
        transactions.RunAsync(async queue =>
        {
            await queue.EnterAsync();
            await MeetingPlanner.LockAsync(db, eventId, cancellationToken);
            var moves = await MeetingPlanner.ReplanAsync(db, eventId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await TellAsync(eventId, moves, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return moves.Count;
        }, cancellationToken, eventId);

    public const int MinMinutes = 5;
    public const int MaxMinutes = 120;
    public const int MaxWindows = 12;

    /// <summary>Saves the settings and replans; nothing is saved when a problem is found (field → message key).</summary>
    public async Task<IReadOnlyCollection<Refusal>> SaveSettingsAsync(Guid eventId, NetworkingSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new FieldRefusals();
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken);
        if (e is null)
        {
            refusals.Add(Refusal.NotFound("Events.NotFound"));
            return refusals;
        }
        if (input.Minutes is not (>= MinMinutes and <= MaxMinutes))
        {
            refusals.Add("Minutes", "Networking.Minutes.Range");
        }
        if (input.Tables is not (>= 0 and <= Event.MaxMeetingTables))
        {
            refusals.Add("Tables", "Networking.Tables.Range");
        }
        var windows = new List<(DateTime Start, DateTime End)>();
        var rows = (input.Windows ?? []).Where(w => !string.IsNullOrWhiteSpace(w.Start) || !string.IsNullOrWhiteSpace(w.End)).ToList();
        if (rows.Count > MaxWindows)
        {
            refusals.Add("Windows", "Networking.Windows.TooMany");
        }
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            if (!EventNames.TryInstant(row.Start, out var start) || !EventNames.TryInstant(row.End, out var end))
            {
                refusals.Add($"Windows[{i}]", "Events.Instant.Invalid");
            }
            else if (end <= start)
            {
                refusals.Add($"Windows[{i}]", "Networking.Window.EndBeforeStart");
            }
            else if (Core.Missions.ParisTime.Today(start) < e.StartDate || Core.Missions.ParisTime.Today(end) > e.EndDate)
            {
                refusals.Add($"Windows[{i}]", "Networking.Window.OutsideEvent");
            }
            else if (windows.Any(w => w.Start < end && start < w.End))
            {
                refusals.Add($"Windows[{i}]", "Networking.Window.Overlap");
            }
            else
            {
                windows.Add((start, end));
            }
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        await transactions.RunAsync(async queue =>
        {
            await queue.EnterAsync();
            await MeetingPlanner.LockAsync(db, eventId, cancellationToken);
            await db.Events.Where(x => x.Id == eventId).ExecuteUpdateAsync(x => x.SetProperty(v => v.MeetingMinutes, input.Minutes!.Value)
                .SetProperty(v => v.MeetingTables, input.Tables!.Value), cancellationToken);
            await db.NetworkingWindows.Where(w => w.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
            db.NetworkingWindows.AddRange(windows.Select(w => new Core.Events.Networking.NetworkingWindow { EventId = eventId, Start = w.Start, End = w.End }));
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }, cancellationToken, eventId);
        await ReplanAsync(eventId, cancellationToken);
        return refusals;
    }

    /// <summary>Replans only when the event has accepted meetings: seat changes of events without networking cost one indexed read.</summary>
    public async Task ReplanIfMeetingsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AnyAsync(m => m.EventId == eventId && m.Status == MeetingStatus.Accepted, cancellationToken))
        {
            await ReplanAsync(eventId, cancellationToken);
        }
    }

    private async Task TellAsync(Guid eventId, IReadOnlyList<Meeting> moves, CancellationToken cancellationToken)
    {
        if (moves.Count == 0)
        {
            return;
        }
        var ids = moves.SelectMany(m => new[] { m.FromId, m.ToId }).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Email, p.GivenName, p.FamilyName, p.PreferredLanguage }).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var move in moves)
        {
            foreach (var (me, other) in new[] { (move.FromId, move.ToId), (move.ToId, move.FromId) })
            {
                var person = people[me];
                if (person.Email is null)
                {
                    continue;
                }
                var with = $"{people[other].GivenName} {people[other].FamilyName}";
                var line = move.Start is { } start
                    ? $"{with} — {l.Slot(start, move.End!.Value, person.PreferredLanguage)}, table {move.Table}" : with;
                mailer.Queue(person.Email, person.PreferredLanguage, move.Start is null ? "MeetingUnplaced" : "MeetingMoved", person.GivenName,
                    $"/evenements/{eventId}/reseau", [line]);
            }
        }
    }
}
