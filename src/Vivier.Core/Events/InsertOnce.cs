namespace Vivier.Core.Events;

/// <summary>
/// Rows that must exist at most once, written in one statement that both providers make atomic
/// (INSERT … ON CONFLICT DO NOTHING against the row's key): two scanners or two clicks at the same
/// moment write one row, and the caller learns which of them did, without an exception to catch or
/// a transaction to retry.
/// </summary>
public static class InsertOnce
{
    /// <summary>Records the person's arrival at the place; false when they had already arrived there.</summary>
    public static async Task<bool> CheckInAsync(VivierDb db, Guid eventId, Guid place, Guid personId, DateTime at, Guid by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO check_ins (event_id, place, person_id, at, checked_in_by) VALUES ({0}, {1}, {2}, {3}, {4}) ON CONFLICT DO NOTHING",
            [eventId, place, personId, at, by], cancellationToken) == 1;
    }

    /// <summary>Records that the person answered the subject's survey (nothing else: no time, no link to the answer); false when they had already.</summary>
    public static async Task<bool> FeedbackReceiptAsync(VivierDb db, Guid eventId, Guid subject, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO feedback_receipts (event_id, subject, person_id) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING",
            [eventId, subject, personId], cancellationToken) == 1;
    }
}
