using System.Globalization;

namespace Vivier.Bench;

/// <summary>
/// What a visitor of the board waits for: the page <c>/missions</c>, facet counts and all, against
/// <c>GET /api/v1/missions</c> with the same query (none, a search, a continent, a kind), and both
/// against the same run's references: the lean server on the same database (<see cref="LeanServer"/>)
/// and a static file from Vivier (its HTTP stack alone). Each at saturation from 32 connections,
/// three rounds; the figures kept are each ratio's median.
///   dotnet run -c Release --project bench/Vivier.Bench -- pages &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [missions=50000] [seconds=10]
/// </summary>
public static class PageBench
{
    private const int Connections = 32;

    /// <summary>The board's queries, as the page, the API and the lean server spell them alike.</summary>
    private static readonly (string Name, string Query)[] Queries =
    [
        ("none", ""), ("cybersécurité", "?q=cybers%C3%A9curit%C3%A9"), ("continent", "?continent=Africa"), ("kind", "?kind=ETI"),
    ];

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, postgresCount: 50_000, sqliteCount: 50_000);
        var seconds = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(3) ?? "10", CultureInfo.InvariantCulture));
        await ScaleData.EnsureAsync(target, new ScaleSizes(target.Count, 0, 0, 0, 0));
        using var vivier = await BenchServer.StartAsync(target.Provider, target.ConnectionString);
        using var lean = await BenchServer.StartLeanAsync(target.Provider, target.ConnectionString);
        var ratios = new Dictionary<string, List<double>>();
        void Keep(string name, double ratio) => (ratios.TryGetValue(name, out var list) ? list : ratios[name] = []).Add(ratio);
        async Task<LoadResult> RunAsync(string name, BenchServer server, string path)
        {
            var result = await LoadRun.SaturateAsync(name, server.BaseAddress, [path], Connections, seconds);
            Console.WriteLine($"{target.Provider} {name}: {result.PerSecond:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms, {result.Failures} failures");
            return result;
        }
        for (var round = 1; round <= 3; round++)
        {
            var file = await RunAsync($"round {round} static file", vivier, "/css/vivier.css");
            foreach (var (name, query) in Queries)
            {
                var reference = await RunAsync($"round {round} lean {name}", lean, $"/missions{query}");
                var api = await RunAsync($"round {round} api {name}", vivier, $"/api/v1/missions{query}");
                var page = await RunAsync($"round {round} page {name}", vivier, $"/missions{query}");
                Keep($"api / lean, {name}", api.PerSecond / reference.PerSecond);
                Keep($"page / api, {name}", page.PerSecond / api.PerSecond);
                Keep($"page / static file, {name}", page.PerSecond / file.PerSecond);
            }
        }
        foreach (var (name, values) in ratios)
        {
            Console.WriteLine($"{target.Provider} median {name}: {values.Order().ElementAt(1):P0} ({string.Join(" / ", values.Select(v => v.ToString("P0", CultureInfo.InvariantCulture)))})");
        }
    }
}
