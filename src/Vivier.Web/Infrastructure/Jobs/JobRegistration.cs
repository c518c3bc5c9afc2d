using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vivier.Web.Infrastructure.Jobs;

public static class JobRegistration
{
    /// <summary>A background job, also reachable as itself, so that tests (and commands) can run one round on demand.</summary>
    public static IServiceCollection AddJob<TJob>(this IServiceCollection services)
        where TJob : class, IHostedService
    {
        services.TryAddSingleton<JobServices>();
        services.AddSingleton<TJob>();
        services.AddHostedService(provider => provider.GetRequiredService<TJob>());
        return services;
    }
}
