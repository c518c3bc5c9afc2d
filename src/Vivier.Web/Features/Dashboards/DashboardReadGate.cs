using Npgsql;
using Vivier.Core.Database;

namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// How many dashboards read at once. Each holds <see cref="ConnectionsPerRead"/> connections while
/// its groups of reads run side by side; with more dashboards at once than the connection pool can
/// serve whole, each would hold part of what it needs and wait for the rest until the pool's
/// timeout failed them all (seen at 32 at once on a pool of 6). Past the gate they queue instead:
/// more of them at once would only share the same cores.
/// </summary>
public sealed class DashboardReadGate(DatabaseSettings settings) : IDisposable
{
    public const int ConnectionsPerRead = 3;

    private readonly SemaphoreSlim gate = new(ReadsAtOnce(settings));

    /// <summary>As many dashboards as the pool serves whole (leaving one connection for other pages), and no more than the cores.</summary>
    public static int ReadsAtOnce(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var byCores = Math.Max(1, Environment.ProcessorCount);
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return byCores;
        }
        var pool = new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxPoolSize;
        return Math.Clamp((pool - 1) / ConnectionsPerRead, 1, byCores);
    }

    public async Task<T> ReadAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await read();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
