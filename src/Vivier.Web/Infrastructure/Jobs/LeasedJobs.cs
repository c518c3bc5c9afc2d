using Vivier.Core.Jobs;

namespace Vivier.Web.Infrastructure.Jobs;

/// <summary>This process's name in job leases: unique per running instance.</summary>
public sealed record InstanceName(string Value)
{
    public static InstanceName ForThisProcess() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}

/// <summary>Runs work that must happen once across a cluster, under a lease taken in the database.</summary>
public sealed class LeasedJobs(VivierDb db, InstanceName instance, TimeProvider clock)
{
    /// <summary>Runs <paramref name="work"/> if this instance gets the lease; answers null when another instance holds it.</summary>
    public async Task<T?> RunAsync<T>(string name, TimeSpan longest, Func<Task<T>> work, CancellationToken cancellationToken)
        where T : struct
    {
        // Each run holds the lease under its own name, so two runs in one instance exclude each other too.
        var holder = $"{instance.Value}/{Guid.NewGuid():N}";
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.TryTakeAsync(name, holder, now, now + longest, cancellationToken))
        {
            return null;
        }
        try
        {
            return await work();
        }
        finally
        {
            await db.ReleaseAsync(name, holder, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
    }
}
