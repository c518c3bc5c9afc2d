using Npgsql;

namespace Vivier.Web.Features.Events;

/// <summary>
/// Runs a change of seats in one transaction. The database's locks are the guard; queues in the
/// process only spare it a crowd: on SQLite, which has one writer at a time, every change waits its
/// turn here rather than spin on the file lock; on PostgreSQL the changes of one session queue here
/// (first come, first served) just before they take its row, rather than as hundreds of backends
/// waiting on it, so that the one holding it is not slowed by the others. A transaction that lost a
/// deadlock on PostgreSQL (two people freeing and taking seats in crossed order) is run again.
/// </summary>
public sealed class EventTransactions(VivierDb db, SeatGate gate)
{
    private const int Attempts = 4;

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction. The work calls the queue it is given just
    /// before it takes the session's row: on PostgreSQL it waits there for the session's earlier
    /// changes in this process to commit (on SQLite the whole transaction has waited already).
    /// When <paramref name="commitWhen"/> says the result is a refusal, the transaction is rolled
    /// back: the locks it took (a registration's version bumped to queue one person's changes) leave no trace.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<SessionQueue, Task<T>> work, CancellationToken cancellationToken, Guid? session = null, Func<T, bool>? commitWhen = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await gate.Writer.WaitAsync(cancellationToken);
        }
        var queue = new SessionQueue(sqlite || session is null ? null : gate.Of(session.Value), cancellationToken);
        var savepoints = db.Database.AutoSavepointsEnabled;
        try
        {
            // A failed statement is retried as a whole transaction, so no savepoint round trip is needed.
            db.Database.AutoSavepointsEnabled = false;
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    var result = await work(queue);
                    if (commitWhen is null || commitWhen(result))
                    {
                        await transaction.CommitAsync(cancellationToken);
                    }
                    else
                    {
                        await transaction.RollbackAsync(cancellationToken);
                    }
                    return result;
                }
                catch (Exception e) when (attempt < Attempts && IsDeadlock(e))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    queue.Leave();
                }
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            queue.Leave();
            if (sqlite)
            {
                gate.Writer.Release();
            }
        }
    }

    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken, Func<T, bool>? commitWhen = null) =>
        RunAsync(_ => work(), cancellationToken, null, commitWhen);

    private static bool IsDeadlock(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}

/// <summary>A place in a session's queue, entered once by the work and left after its transaction ends.</summary>
public sealed class SessionQueue(SemaphoreSlim? semaphore, CancellationToken cancellationToken)
{
    private bool entered;

    public async Task EnterAsync()
    {
        if (semaphore is not null && !entered)
        {
            await semaphore.WaitAsync(cancellationToken);
            entered = true;
        }
    }

    public void Leave()
    {
        if (entered)
        {
            entered = false;
            semaphore!.Release();
        }
    }
}

/// <summary>The queues of seat changes of this process: one for SQLite's single writer, one per session for PostgreSQL.</summary>
public sealed class SeatGate : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, SemaphoreSlim> sessions = new();

    public SemaphoreSlim Writer { get; } = new(1, 1);

    public SemaphoreSlim Of(Guid session) => sessions.GetOrAdd(session, _ => new SemaphoreSlim(1, 1));

    public void Dispose()
    {
        Writer.Dispose();
        foreach (var semaphore in sessions.Values)
        {
            semaphore.Dispose();
        }
    }
}
