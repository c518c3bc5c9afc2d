using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vivier.Bench;
using Vivier.Core;
using Vivier.Core.Database;

// A mission's pipeline board with 1,000 applications: see BoardBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- board <Sqlite|Postgres> <connection string or "auto">
if (args.FirstOrDefault() == "board")
{
    await BoardBench.RunAsync(args[1..]);
    return;
}

// The roster at a date over 100,000 deployments (PostgreSQL) or 10,000 (SQLite): see RosterBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- roster <Sqlite|Postgres> <connection string or "auto"> [deployments]
if (args.FirstOrDefault() == "roster")
{
    await RosterBench.RunAsync(args[1..]);
    return;
}

// The dashboards over 100,000 deployments and 1,000,000 applications (PostgreSQL), a tenth on SQLite: see DashboardBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- dashboards <Sqlite|Postgres> <connection string or "auto"> [deployments]
if (args.FirstOrDefault() == "dashboards")
{
    await DashboardBench.RunAsync(args[1..]);
    return;
}

// The one-to-one meeting scheduler on 300 participants and 1,500 requests: see MeetingBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- meetings [tables=100] [requests=1500]
if (args.FirstOrDefault() == "meetings")
{
    MeetingBench.Run(args[1..]);
    return;
}

// The check-in desk: 2,000 badges scanned twice at one desk, then at eight desks at once: see CheckInBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- checkin <Sqlite|Postgres> <connection string or "auto"> [people=2000]
if (args.FirstOrDefault() == "checkin")
{
    await CheckInBench.RunAsync(args[1..]);
    return;
}

// 2,000 people rushing for a 30-seat workshop from 200 connections (two app instances on PostgreSQL): see RushBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- rush <Sqlite|Postgres> <connection string or "auto"> [people=2000]
if (args.FirstOrDefault() == "rush")
{
    await RushBench.RunAsync(args[1..]);
    return;
}

// The pages a day of use hits, on the scale data, each against the lean reference and a static file: see DayBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- day <Sqlite|Postgres> <connection string or "auto"> [seconds=5] [missions=50000 deployments=100000 applications=1000000 candidates=100000 events=24 seed=2026]
if (args.FirstOrDefault() == "day")
{
    await DayBench.RunAsync(args[1..]);
    return;
}

// Matching: a mission's suggestions from a pool of 1,000,000 (PostgreSQL) or 100,000 (SQLite), and a person's missions among 50,000: see MatchingBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- matching <Sqlite|Postgres> <connection string or "auto"> [pool] [missions=50000]
if (args.FirstOrDefault() == "matching")
{
    await MatchingBench.RunAsync(args[1..]);
    return;
}

// The lean reference server that PageBench starts in its own process: see LeanServer.
if (args.FirstOrDefault() == "lean-server")
{
    await LeanServer.RunAsync(args[1..]);
    return;
}

// The board page that visitors load against its API, query for query: see PageBench.
//   dotnet run -c Release --project bench/Vivier.Bench -- pages <Sqlite|Postgres> <connection string or "auto"> [missions=50000] [seconds=10]
if (args.FirstOrDefault() == "pages")
{
    await PageBench.RunAsync(args[1..]);
    return;
}

// Search throughput of GET /api/v1/missions against the same-run ceiling (the same endpoint, same
// HTTP stack, 20 rows from an indexed query without search), on SQLite or PostgreSQL.
//   dotnet run -c Release --project bench/Vivier.Bench -- <Sqlite|Postgres> <connection string or "auto"> [missions=50000] [seconds=10]
// With "auto", SQLite uses a file in a temporary folder; PostgreSQL needs a connection string to an empty database.
var target = BenchTarget.Parse(args, postgresCount: 50_000, sqliteCount: 50_000);
var (provider, connectionString, missions) = (target.Provider, target.ConnectionString, target.Count);
var seconds = int.Parse(args.ElementAtOrDefault(3) ?? "10", CultureInfo.InvariantCulture);
const int connections = 32;
await ScaleData.EnsureAsync(target, new ScaleSizes(missions, 0, 0, 0, 0));

using var server = await BenchServer.StartAsync(provider, connectionString);
{
    var baseAddress = server.BaseAddress;
    string[] search =
    [
        "/api/v1/missions?q=cybers%C3%A9curit%C3%A9", "/api/v1/missions?q=march%C3%A9+carbone", "/api/v1/missions?q=sant%C3%A9&continent=Africa",
        "/api/v1/missions?q=%C3%A9ducation&kind=ETI", "/api/v1/missions?q=gouvernance+locale", "/api/v1/missions?q=hydrog%C3%A8ne&sort=closing",
        "/api/v1/missions?q=climat&theme=climate", "/api/v1/missions?q=blanchiment",
    ];
    string[] ceiling = ["/api/v1/missions?sort=recent", "/api/v1/missions?sort=recent&page=2", "/api/v1/missions?sort=recent&page=3"];
    // The machine is noisy: three rounds, each measuring the ceiling, then search at saturation,
    // then search paced at half that round's ceiling (the target load) for its latency; the
    // figures kept are each round's ratio and the medians.
    var rounds = new List<(LoadResult Ceiling, LoadResult Search, LoadResult Paced)>();
    for (var round = 1; round <= 3; round++)
    {
        var top = await LoadRun.SaturateAsync("ceiling", baseAddress, ceiling, connections, TimeSpan.FromSeconds(seconds));
        var found = await LoadRun.SaturateAsync("search", baseAddress, search, connections, TimeSpan.FromSeconds(seconds));
        var paced = await LoadRun.PaceAsync("search at half the ceiling", baseAddress, search, connections, TimeSpan.FromSeconds(seconds), top.PerSecond / 2);
        rounds.Add((top, found, paced));
        foreach (var result in new[] { top, found, paced })
        {
            Console.WriteLine($"{provider} round {round} {result.Name}: {result.PerSecond:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms, {result.Failures} failures");
        }
        Console.WriteLine($"{provider} round {round} search / ceiling = {found.PerSecond / top.PerSecond:P0}");
    }
    static double Median(IEnumerable<double> values) => values.Order().ElementAt(1);
    Console.WriteLine($"{provider} median: ceiling {Median(rounds.Select(r => r.Ceiling.PerSecond)):F0} req/s, search {Median(rounds.Select(r => r.Search.PerSecond)):F0} req/s, " +
        $"search / ceiling {Median(rounds.Select(r => r.Search.PerSecond / r.Ceiling.PerSecond)):P0}, " +
        $"p99 at half the ceiling's rate {Median(rounds.Select(r => r.Paced.P99Ms)):F1} ms ({missions:N0} missions, {connections} connections, {seconds} s per phase)");
}
