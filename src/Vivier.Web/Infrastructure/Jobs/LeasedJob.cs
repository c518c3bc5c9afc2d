namespace Vivier.Web.Infrastructure.Jobs;

/// <summary>
/// A periodic job that must run once across a cluster: each run has a scope of its own and works
/// only if this instance takes the job's lease (<see cref="LeasedJobs"/>), held at most
/// <c>longestRun</c> should the instance die while at it.
/// </summary>
public abstract class LeasedJob(string leaseName, TimeSpan longestRun, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
    : PeriodicJob(clock, logger)
{
    /// <summary>The work of one run, with the run's services: how many things it did.</summary>
    protected abstract Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override Task RunOnceAsync(CancellationToken cancellationToken) => RunLeasedAsync(cancellationToken);

    /// <summary>One run: how many things it did, or null when another instance holds the lease.</summary>
    protected async Task<int?> RunLeasedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await services.GetRequiredService<LeasedJobs>().RunAsync(leaseName, longestRun, () => WorkAsync(services, cancellationToken), cancellationToken);
    }
}
