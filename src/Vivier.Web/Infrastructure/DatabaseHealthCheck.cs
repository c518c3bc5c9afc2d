using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Healthy when the database answers and carries every migration this build knows: an instance
/// pointed at an empty or older database must leave the load balancer's pool.
/// </summary>
public sealed class DatabaseHealthCheck(VivierDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
