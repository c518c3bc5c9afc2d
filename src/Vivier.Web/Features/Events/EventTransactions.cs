using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vivier.Core;

namespace Vivier.Web.Features.Events;

/// <summary>
/// Runs a change of seats in one transaction. On SQLite, which has one writer at a time, the
/// changes queue in the process rather than spin on the file lock; on PostgreSQL a transaction that
/// lost a deadlock (two people freeing and taking seats in crossed order) is run again.
/// </summary>
public sealed class EventTransactions(VivierDb db, SeatGate gate)
{
    private const int Attempts = 4;

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await gate.WaitAsync(cancellationToken);
        }
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    var result = await work();
                    await transaction.CommitAsync(cancellationToken);
                    return result;
                }
                catch (Exception e) when (attempt < Attempts && IsDeadlock(e))
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
            }
        }
        finally
        {
            if (sqlite)
            {
                gate.Release();
            }
        }
    }

    private static bool IsDeadlock(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}

/// <summary>The one queue of seat changes of this process (used on SQLite only).</summary>
public sealed class SeatGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => semaphore.WaitAsync(cancellationToken);

    public void Release() => semaphore.Release();

    public void Dispose() => semaphore.Dispose();
}
