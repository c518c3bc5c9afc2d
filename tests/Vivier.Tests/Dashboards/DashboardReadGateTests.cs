using Vivier.Core.Database;
using Vivier.Web.Features.Dashboards;
using Vivier.Web.Infrastructure;

namespace Vivier.Tests.Dashboards;

/// <summary>Dashboards read at once only as many as the connection pool serves whole; the others queue.</summary>
public sealed class DashboardReadGateTests
{
    private static DatabaseSettings Postgres(int pool) => new(DatabaseProvider.Postgres, $"Host=localhost;Database=vivier;Maximum Pool Size={pool}", MigrateOnStartup: false);

    [Fact]
    public void A_small_pool_lets_through_only_the_dashboards_it_serves_whole()
    {
        Assert.Equal(1, DashboardReadGate.ReadsAtOnce(Postgres(6)));
        Assert.Equal(1, DashboardReadGate.ReadsAtOnce(Postgres(2)));
        Assert.Equal(Math.Min(3, Environment.ProcessorCount), DashboardReadGate.ReadsAtOnce(Postgres(10)));
        Assert.Equal(Environment.ProcessorCount, DashboardReadGate.ReadsAtOnce(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=x.db", MigrateOnStartup: false)));
    }

    [Fact]
    public async Task A_dashboard_past_the_gate_waits_for_the_one_reading()
    {
        using var gate = new DashboardReadGate(Postgres(6));
        var first = new TaskCompletionSource<int>();
        var reading = gate.ReadAsync(() => first.Task, TestContext.Current.CancellationToken);
        var secondStarted = false;

        var second = gate.ReadAsync(() => { secondStarted = true; return Task.FromResult(2); }, TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var startedWhileFirstRead = secondStarted;
        first.SetResult(1);

        Assert.False(startedWhileFirstRead);
        Assert.Equal(1, await reading);
        Assert.Equal(2, await second);
    }
}
