using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;

namespace Vivier.Bench;

/// <summary>
/// Server time of the roster at a date (GET /api/v1/deployments) over N deployments, against the
/// same endpoint for a date before any deployment (same sign-in, HTTP stack and JSON): p50 and p95
/// of sequential requests cycling dates from 2015 to 2026 and the roster's filters, three rounds.
///   dotnet run -c Release --project bench/Vivier.Bench -- roster &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [deployments]
/// </summary>
public static class RosterBench
{
    private const string Email = "bench-roster@vivier.test";
    private const string Password = "Bench-Roster-2026!";

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, postgresCount: 100_000, sqliteCount: 10_000);
        var (provider, connectionString, count) = target;
        await ScaleData.EnsureAsync(target, new ScaleSizes(0, count, 0, 0, 0));
        var key = await BenchStaff.EnsureAsync(target, Email, Password);
        using var server = await BenchServer.StartAsync(provider, connectionString);
        using var handler = new CookieJar();
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        await BenchStaff.SignInAsync(client, Email, Password, key);

        string[] days = ["2015-06-30", "2016-12-31", "2018-03-15", "2019-12-31", "2020-07-01", "2021-12-31", "2022-09-30", "2023-12-31", "2024-06-30", "2025-12-31", "2026-11-01"];
        string[] filters = ["", "&kind=ETI", "&continent=Africa", "&sponsor=MEAE", "&country=SN", "&theme=health", "&page=5", "&kind=AT&continent=Oceania", "&host=Institution%2012"];
        var roster = days.SelectMany(day => filters.Select(filter => $"api/v1/deployments?asOf={day}{filter}")).ToArray();
        string[] ceiling = ["api/v1/deployments?asOf=1990-01-01"];
        var p95s = new List<(double Ceiling, double Roster)>();
        for (var round = 1; round <= 3; round++)
        {
            var top = await SequentialRun.MeasureAsync(client, ceiling, 200);
            var found = await SequentialRun.MeasureAsync(client, roster, 200);
            p95s.Add((top.P95, found.P95));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider} round {round}: ceiling p50 {top.P50:F1} ms p95 {top.P95:F1} ms; roster p50 {found.P50:F1} ms p95 {found.P95:F1} ms (max {found.Max:F1} ms)"));
        }
        var (c, r) = (p95s.Select(p => p.Ceiling).Order().ElementAt(1), p95s.Select(p => p.Roster).Order().ElementAt(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} median of rounds, {count:N0} deployments: roster p95 {r:F1} ms = {r / c:F1} × the ceiling's p95 ({c:F1} ms)"));
    }
}
