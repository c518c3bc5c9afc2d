namespace Vivier.Bench;

/// <summary>
/// What a visitor of the board waits for: the page <c>/missions</c>, facet counts and all, against
/// <c>GET /api/v1/missions</c> with the same query (none, a search, a continent, a kind), each at
/// saturation from 32 connections, three rounds; the figure kept is each pair's median ratio.
///   dotnet run -c Release --project bench/Vivier.Bench -- pages &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [missions=50000] [seconds=10]
/// </summary>
public static class PageBench
{
    private const int Connections = 32;

    /// <summary>The board's queries, as the page and the API spell them alike.</summary>
    private static readonly (string Name, string Query)[] Queries =
    [
        ("none", ""), ("cybersécurité", "?q=cybers%C3%A9curit%C3%A9"), ("continent", "?continent=Africa"), ("kind", "?kind=ETI"),
    ];

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, postgresCount: 50_000, sqliteCount: 50_000);
        var seconds = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(3) ?? "10", System.Globalization.CultureInfo.InvariantCulture));
        await BoardData.EnsureAsync(target);
        using var server = await BenchServer.StartAsync(target.Provider, target.ConnectionString);
        var ratios = Queries.ToDictionary(q => q.Name, _ => new List<double>());
        for (var round = 1; round <= 3; round++)
        {
            foreach (var (name, query) in Queries)
            {
                var api = await LoadRun.SaturateAsync($"api {name}", server.BaseAddress, [$"/api/v1/missions{query}"], Connections, seconds);
                var page = await LoadRun.SaturateAsync($"page {name}", server.BaseAddress, [$"/missions{query}"], Connections, seconds);
                ratios[name].Add(page.PerSecond / api.PerSecond);
                foreach (var result in new[] { api, page })
                {
                    Console.WriteLine($"{target.Provider} round {round} {result.Name}: {result.PerSecond:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms, {result.Failures} failures");
                }
                Console.WriteLine($"{target.Provider} round {round} {name}: page / api = {page.PerSecond / api.PerSecond:P0}");
            }
        }
        foreach (var (name, values) in ratios)
        {
            Console.WriteLine($"{target.Provider} median page / api, {name}: {values.Order().ElementAt(1):P0} ({string.Join(" / ", values.Select(v => v.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))})");
        }
    }
}
