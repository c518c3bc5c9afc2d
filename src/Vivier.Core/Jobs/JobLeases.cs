namespace Vivier.Core.Jobs;

/// <summary>Takes and keeps job leases. Both statements are single atomic writes, so two instances cannot both win.</summary>
public static class JobLeases
{
    /// <summary>
    /// Takes the named lease until <paramref name="until"/> when it is free, expired, or already
    /// ours; answers whether this holder now has it.
    /// </summary>
    public static async Task<bool> TryTakeAsync(this VivierDb db, string name, string holder, DateTime now, DateTime until,
        CancellationToken cancellationToken = default)
    {
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }
        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }
        try
        {
            db.JobLeases.Add(new JobLease { Name = name, Holder = holder, ExpiresAt = until });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance created the lease first: it holds it.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease back early, so the next run need not wait for it to expire.</summary>
    public static Task ReleaseAsync(this VivierDb db, string name, string holder, DateTime now, CancellationToken cancellationToken = default) =>
        db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
}
