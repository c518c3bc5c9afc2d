namespace Vivier.Web.Infrastructure.Jobs;

/// <summary>
/// Background work on a timer (the injected TimeProvider's, so tests drive it): each tick runs once,
/// and a failed run is logged and left to the next tick. Jobs that must run once across a cluster
/// extend <see cref="LeasedJob"/>.
/// </summary>
public abstract class PeriodicJob(JobServices services) : BackgroundService
{
    protected TimeProvider Clock => services.Clock;

    protected IConfiguration Configuration => services.Configuration;

    protected IServiceScopeFactory Scopes => services.Scopes;

    /// <summary>The job's logger, under the job's own type name.</summary>
    protected ILogger Logger => field ??= services.Loggers.CreateLogger(GetType());

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogError(e, "{Job} failed; the next run tries again.", GetType().Name);
            }
        }
    }
}
