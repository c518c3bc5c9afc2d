namespace Vivier.Web.Infrastructure.Jobs;

/// <summary>
/// A periodic job that must run once across a cluster: each run has a scope of its own and works
/// only if this instance takes the job's lease (<see cref="LeasedJobs"/>), held at most the
/// schedule's longest run should the instance die while at it.
/// </summary>
public abstract class LeasedJob(JobSchedule schedule, JobServices services) : PeriodicJob(services)
{
    protected sealed override TimeSpan Interval => Configuration.GetValue(schedule.IntervalKey, schedule.DefaultInterval);

    /// <summary>The work of one run, with the run's services: how many things it did.</summary>
    protected abstract Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <summary>One run now (the timer's, or a test's): how many things it did, or null when another instance holds the lease.</summary>
    public async Task<int?> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        return await provider.GetRequiredService<LeasedJobs>().RunAsync(schedule.LeaseName, schedule.LongestRun, () => WorkAsync(provider, cancellationToken), cancellationToken);
    }
}
