using System.Security.Cryptography;
using System.Text;

namespace Vivier.Core.Audit;

/// <summary>A place where the chain does not hold: an entry changed, or entries missing between two places.</summary>
public sealed record AuditBreak(long Sequence, long? EntryId, string Problem);

/// <summary>What a verification found: how many entries it checked from where, how many wait to be sealed, and every break.</summary>
public sealed record AuditVerification(long Checked, long FromSequence, long Unsealed, long? HeadSequence, string? HeadHash, IReadOnlyList<AuditBreak> Breaks)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>
/// Chains the audit log: entries are sealed in one order by one sealer (a leased job), each with
/// its place and a SHA-256 over the previous hash and the fields erasure never changes (place, id,
/// time, reader, person, action), so that an entry changed, removed or slipped in breaks the chain
/// from there. A purge of old entries removes a prefix and leaves a checkpoint, the last removed
/// place and hash, from which verification starts; entries kept under a legal hold below it are
/// checked on their own.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int Batch = 500;

    public static string HashOf(AuditEntry entry, string previous)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Microseconds: what both databases keep of an instant.
        var text = string.Join('\n', previous, entry.Sequence, entry.Id, entry.At.Ticks / 10, entry.ActorId?.ToString("N") ?? "-",
            entry.PersonId?.ToString("N") ?? "-", entry.Action);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Seals every entry not sealed yet, oldest id first, in batches; the caller holds the sealing lease. How many it sealed.</summary>
    public static async Task<int> SealAsync(VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (sequence, hash) = await HeadAsync(db, cancellationToken);
        var sealedCount = 0;
        while (true)
        {
            var pending = await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return sealedCount;
            }
            foreach (var entry in pending)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = hash;
                entry.Hash = hash = HashOf(entry, entry.PreviousHash);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            sealedCount += pending.Count;
        }
    }

    /// <summary>The last place and hash of the chain: its last sealed entry, or the checkpoint past it.</summary>
    private static async Task<(long Sequence, string Hash)> HeadAsync(VivierDb db, CancellationToken cancellationToken)
    {
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new { Sequence = e.Sequence!.Value, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var checkpoint = await LatestCheckpointAsync(db, cancellationToken);
        return (entry, checkpoint) switch
        {
            ({ } e, { } c) when c.Sequence > e.Sequence => (c.Sequence, c.Hash),
            ({ } e, _) => (e.Sequence, e.Hash!),
            (null, { } c) => (c.Sequence, c.Hash),
            _ => (0, Genesis),
        };
    }

    private static Task<AuditCheckpoint?> LatestCheckpointAsync(VivierDb db, CancellationToken cancellationToken) =>
        db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The last place a purge at <paramref name="cutoff"/> may reach: just before the first sealed
    /// entry younger than it, so that what is removed is always a prefix of the chain.
    /// </summary>
    private static async Task<long> PurgeLimitAsync(VivierDb db, DateTime cutoff, CancellationToken cancellationToken)
    {
        var firstKept = await db.AuditEntries.Where(e => e.Sequence != null && e.At > cutoff).MinAsync(e => e.Sequence, cancellationToken);
        return firstKept is { } kept ? kept - 1 : await db.AuditEntries.MaxAsync(e => e.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>The entries a purge at <paramref name="cutoff"/> removes: the sealed prefix older than it, but for people under a hold.</summary>
    public static async Task<IQueryable<AuditEntry>> PurgeableAsync(VivierDb db, DateTime cutoff, IQueryable<Guid> held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var limit = await PurgeLimitAsync(db, cutoff, cancellationToken);
        return db.AuditEntries.Where(e => e.Sequence <= limit
            && (e.ActorId == null || !held.Contains(e.ActorId.Value)) && (e.PersonId == null || !held.Contains(e.PersonId.Value)));
    }

    /// <summary>Removes the purgeable prefix and leaves its checkpoint, together. How many entries went.</summary>
    public static async Task<int> PurgeAsync(VivierDb db, DateTime cutoff, IQueryable<Guid> held, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var limit = await PurgeLimitAsync(db, cutoff, cancellationToken);
        var last = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == limit).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);
        var checkpoint = await LatestCheckpointAsync(db, cancellationToken);
        var purgeable = await PurgeableAsync(db, cutoff, held, cancellationToken);
        if (last is null || (checkpoint is not null && checkpoint.Sequence >= limit))
        {
            // No new prefix: only entries a lifted hold had kept below the checkpoint go.
            var reached = checkpoint?.Sequence ?? 0;
            return await purgeable.Where(e => e.Sequence <= reached).ExecuteDeleteAsync(cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var purged = await purgeable.Where(e => e.Sequence <= limit).ExecuteDeleteAsync(cancellationToken);
        db.AuditCheckpoints.Add(new AuditCheckpoint { Sequence = limit, Hash = last, At = now, Purged = purged });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }

    /// <summary>Checks the chain from its latest checkpoint to its head, and each entry kept below the checkpoint on its own.</summary>
    public static async Task<AuditVerification> VerifyAsync(VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checkpoint = await LatestCheckpointAsync(db, cancellationToken);
        var from = checkpoint?.Sequence ?? 0;
        var breaks = new List<AuditBreak>();
        long checkedCount = 0;
        var (expected, previous) = (from + 1, checkpoint?.Hash ?? Genesis);
        await foreach (var entry in db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            var sequence = entry.Sequence!.Value;
            if (entry.Hash != HashOf(entry, entry.PreviousHash ?? ""))
            {
                breaks.Add(new AuditBreak(sequence, entry.Id, "changed"));
            }
            if (sequence <= from)
            {
                // Kept under a legal hold when the entries around it were purged: checked on its own.
                continue;
            }
            if (sequence > expected)
            {
                breaks.Add(new AuditBreak(expected, null, sequence == expected + 1 ? $"missing {expected}" : $"missing {expected}–{sequence - 1}"));
            }
            else if (sequence < expected)
            {
                breaks.Add(new AuditBreak(sequence, entry.Id, "duplicate"));
            }
            else if (entry.PreviousHash != previous)
            {
                breaks.Add(new AuditBreak(sequence, entry.Id, "unlinked"));
            }
            (expected, previous) = (sequence + 1, entry.Hash ?? "");
        }
        var unsealed = await db.AuditEntries.LongCountAsync(e => e.Sequence == null, cancellationToken);
        return new AuditVerification(checkedCount, from, unsealed, expected - 1 > from ? expected - 1 : checkpoint?.Sequence, previous == Genesis ? null : previous, breaks);
    }
}
