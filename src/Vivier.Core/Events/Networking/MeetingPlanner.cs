namespace Vivier.Core.Events.Networking;

/// <summary>
/// Gives an event's accepted meetings their slots and tables from what the database holds now:
/// the organiser's windows, slot length and tables, and each person's seats in sessions. Meetings
/// whose place still holds stay; the others move. Called inside a transaction that holds
/// <see cref="LockAsync"/>, so two replannings of one event never interleave.
/// </summary>
public static class MeetingPlanner
{
    /// <summary>Takes the event's row lock (PostgreSQL) or the write lock (SQLite) without changing it.</summary>
    public static Task<int> LockAsync(VivierDb db, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.MeetingTables, e => e.MeetingTables), cancellationToken);
    }

    /// <summary>
    /// Places the event's accepted meetings again and saves what changed; returns the meetings that had
    /// a slot and lost or changed it (as they are now: another slot, or none).
    /// </summary>
    public static async Task<IReadOnlyList<Meeting>> ReplanAsync(VivierDb db, Guid eventId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.MeetingMinutes, e.MeetingTables }).SingleAsync(cancellationToken);
        var windows = await db.NetworkingWindows.AsNoTracking().Where(w => w.EventId == eventId).OrderBy(w => w.Start)
            .Select(w => new MeetingWindow(w.Start, w.End)).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Accepted).ToListAsync(cancellationToken);
        var busy = await db.Enrolments.AsNoTracking().Where(e => e.EventId == eventId && e.Status == EnrolmentStatus.Enrolled)
            .Join(db.Sessions, e => e.SessionId, s => s.Id, (e, s) => new BusySpan(e.PersonId, s.Start, s.End)).ToListAsync(cancellationToken);
        var previous = meetings.Where(m => m is { Start: not null, End: not null, Table: not null })
            .Select(m => new MeetingPlacement(m.Id, m.Start!.Value, m.End!.Value, m.Table!.Value)).ToList();
        var schedule = MeetingScheduler.Place(windows, TimeSpan.FromMinutes(Math.Max(1, settings.MeetingMinutes)), settings.MeetingTables,
            meetings.Select(m => new MeetingRequest(m.Id, m.FromId, m.ToId)).ToList(), busy, previous, now);
        var placed = schedule.Placed.ToDictionary(p => p.RequestId);
        var moves = new List<Meeting>();
        foreach (var meeting in meetings)
        {
            placed.TryGetValue(meeting.Id, out var p);
            if (meeting.Start == p?.Start && meeting.Table == p?.Table)
            {
                continue;
            }
            if (meeting.Start is not null)
            {
                moves.Add(meeting);
            }
            meeting.PlaceAt(p?.Start, p?.End, p?.Table);
        }
        await db.SaveChangesAsync(cancellationToken);
        return moves;
    }
}
