namespace Vivier.Core.Events;

/// <summary>
/// The capacity guard, in single statements the database makes atomic. Called inside the
/// enrolment's transaction: <see cref="EnrolAsync"/> takes the session's row lock
/// (PostgreSQL) or the write lock (SQLite), which serialises the session's enrolments until commit:
/// tickets are numbered in commit order.
/// </summary>
public static class Seats
{
    /// <summary>A ticket taken, and whether it came with a seat.</summary>
    public sealed record Ticket(long Number, bool Seated);

    /// <summary>
    /// Numbers the enrolment and takes a seat if one is free, in one statement: its SET reads the
    /// row as it was, so the count, the test and the increment cannot be split by another
    /// transaction, and the row stays locked until commit. Then writes the enrolment — on
    /// PostgreSQL in the same statement, so the row is held for one round trip and the commit.
    /// Null when the session does not exist.
    /// </summary>
    public static async Task<Enrolment?> EnrolAsync(VivierDb db, Guid sessionId, Guid eventId, Guid personId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        const string take = "UPDATE sessions SET next_ticket = next_ticket + 1, enrolled = CASE WHEN enrolled < capacity THEN enrolled + 1 ELSE enrolled END, "
            + "last_seated = (enrolled < capacity) WHERE id = {0} RETURNING next_ticket, last_seated";
        var id = Guid.NewGuid();
        Ticket? ticket;
        if (db.Database.IsNpgsql())
        {
            ticket = (await db.Database.SqlQueryRaw<Ticket>(
                $"WITH taken AS ({take}) INSERT INTO enrolments (id, session_id, event_id, person_id, status, ticket, created_at) "
                + "SELECT {1}, {0}, {2}, {3}, CASE WHEN last_seated THEN 'Enrolled' ELSE 'Waitlisted' END, next_ticket, {4} FROM taken "
                + "RETURNING ticket AS \"Number\", status = 'Enrolled' AS \"Seated\"", sessionId, id, eventId, personId, now).ToListAsync(cancellationToken)).SingleOrDefault();
        }
        else
        {
            ticket = (await db.Database.SqlQueryRaw<Ticket>(take.Replace("RETURNING next_ticket, last_seated", "RETURNING next_ticket AS \"Number\", last_seated AS \"Seated\"",
                StringComparison.Ordinal), sessionId).ToListAsync(cancellationToken)).SingleOrDefault();
        }
        if (ticket is null)
        {
            return null;
        }
        var enrolment = new Enrolment
        {
            Id = id, SessionId = sessionId, EventId = eventId, PersonId = personId, Ticket = ticket.Number, CreatedAt = now,
            Status = ticket.Seated ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted,
        };
        if (!db.Database.IsNpgsql())
        {
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync(cancellationToken);
        }
        return enrolment;
    }

    /// <summary>Takes a seat if one is free: the count and the test are one statement, so two people never get the last seat.</summary>
    public static async Task<bool> TryTakeAsync(VivierDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Sessions.Where(s => s.Id == sessionId && s.Enrolled < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Enrolled, x => x.Enrolled + 1), cancellationToken) == 1;
    }

    public static async Task ReleaseAsync(VivierDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Sessions.Where(s => s.Id == sessionId && s.Enrolled > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Enrolled, x => x.Enrolled - 1), cancellationToken);
    }

    /// <summary>Takes the session's lock without changing it (before promoting from the waitlist).</summary>
    public static Task<int> LockAsync(VivierDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextTicket, x => x.NextTicket), cancellationToken);
    }

    /// <summary>
    /// Locks the person's registration (bumping its version) when it is confirmed: one person's
    /// enrolments then run one after the other, so two clashing sessions cannot both be taken.
    /// </summary>
    public static async Task<bool> LockConfirmedRegistrationAsync(VivierDb db, Guid eventId, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Registrations.Where(r => r.EventId == eventId && r.PersonId == personId && r.Status == RegistrationStatus.Confirmed)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken) == 1;
    }
}
