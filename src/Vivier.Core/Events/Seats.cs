using Microsoft.EntityFrameworkCore;

namespace Vivier.Core.Events;

/// <summary>
/// The capacity guard, in single statements the database makes atomic. Called inside the
/// enrolment's transaction: <see cref="TakeTicketAsync"/> comes first and takes the session's row
/// lock (PostgreSQL) or the write lock (SQLite), which then serialises everything after it on
/// that session until commit.
/// </summary>
public static class Seats
{
    /// <summary>Numbers the enrolment; false when the session does not exist.</summary>
    public static async Task<long?> TakeTicketAsync(VivierDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var locked = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextTicket, x => x.NextTicket + 1), cancellationToken);
        if (locked == 0)
        {
            return null;
        }
        // Read under the lock just taken: no other transaction can have moved it since.
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.NextTicket).SingleAsync(cancellationToken);
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
