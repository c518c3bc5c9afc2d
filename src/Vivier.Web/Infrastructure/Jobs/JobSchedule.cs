namespace Vivier.Web.Infrastructure.Jobs;

/// <summary>
/// When a leased job runs: the name of its lease, how long one run may hold it (should the instance
/// die while at it), and the configuration key of its interval with the interval when the key is unset.
/// </summary>
public sealed record JobSchedule(string LeaseName, TimeSpan LongestRun, string IntervalKey, TimeSpan DefaultInterval);

/// <summary>What every job is built from: one registration instead of the same four constructor parameters in each job.</summary>
public sealed record JobServices(IServiceScopeFactory Scopes, IConfiguration Configuration, TimeProvider Clock, ILoggerFactory Loggers);
