using Vivier.Core.Privacy;
using Vivier.Web.Infrastructure.Jobs;

namespace Vivier.Web.Features.Privacy;

/// <summary>
/// Applies the retention table every Retention:Interval (default a day), once across a cluster:
/// first a dry run, recorded with its counts by rule for the admin, then the run that deletes,
/// recorded the same way; before both, the notices to candidates whose erasure comes within 30
/// days. With Retention:DryRunOnly set, only the dry run. Logs counts, never data.
/// </summary>
public sealed class RetentionJob(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("retention", TimeSpan.FromHours(1), "Retention:Interval", TimeSpan.FromDays(1));

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var runs = services.GetRequiredService<RetentionRuns>();
        var dryRunOnly = Configuration.GetValue("Retention:DryRunOnly", false);
        if (!dryRunOnly)
        {
            await services.GetRequiredService<ErasureNotices>().SendAsync(cancellationToken);
        }
        await runs.RunAsync(dryRun: true, requestedBy: null, cancellationToken);
        if (dryRunOnly)
        {
            return 0;
        }
        var applied = await runs.RunAsync(dryRun: false, requestedBy: null, cancellationToken);
        var purged = applied.Counts.Where(c => c.Count > 0).ToList();
        Logger.LogInformation("Retention purged {Counts}", string.Join(", ", purged.Select(c => $"{c.RuleKey}: {c.Count}")));
        return purged.Sum(c => c.Count);
    }
}

/// <summary>Runs the retention table now and records the run (its counts by rule), for the job and the admin's preview.</summary>
public sealed class RetentionRuns(VivierDb db, RetentionPolicy policy, LeasedJobs leases, TimeProvider clock)
{
    public async Task<RetentionRun> RunAsync(bool dryRun, Guid? requestedBy, CancellationToken cancellationToken)
    {
        // The log goes by its sealed prefix: what waits to be sealed is sealed first (unless the sealer is at it), so the run sees it all.
        await leases.RunAsync(AuditSealing.Schedule.LeaseName, AuditSealing.Schedule.LongestRun, () => Core.Audit.AuditChain.SealAsync(db, cancellationToken), cancellationToken);
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await new Retention(db, now, await policy.PeriodsAsync(cancellationToken)).RunAsync(dryRun, cancellationToken);
        db.ChangeTracker.Clear();
        var run = new RetentionRun { StartedAt = now, DryRun = dryRun, RequestedBy = requestedBy, Counts = counts, FinishedAt = clock.GetUtcNow().UtcDateTime };
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>The latest runs, newest first.</summary>
    public Task<List<RetentionRun>> LatestAsync(int count, CancellationToken cancellationToken) =>
        db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
}
