using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;

namespace Vivier.Bench;

/// <summary>
/// Server time of the dashboards (the page, with the map, and GET /api/v1/dashboards) over N
/// deployments and 10 × N applications to N / 5 missions, against the roster API for a date before
/// any deployment (same sign-in, HTTP stack and JSON): p50 and p95 of sequential requests cycling the
/// filters, three rounds.
///   dotnet run -c Release --project bench/Vivier.Bench -- dashboards &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [deployments]
/// </summary>
public static class DashboardBench
{
    private const string Email = "bench-dashboards@vivier.test";
    private const string Password = "Bench-Dashboards-2026!";

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, postgresCount: 100_000, sqliteCount: 10_000);
        var (provider, connectionString, count) = target;
        await ScaleData.EnsureAsync(target, new ScaleSizes(count / 5, count, count * 10, count, 0));
        var key = await BenchStaff.EnsureAsync(target, Email, Password);
        using var server = await BenchServer.StartAsync(provider, connectionString);
        using var handler = new CookieJar();
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await BenchStaff.SignInAsync(client, Email, Password, key);

        string[] filters = ["asOf=2023-12-31", "asOf=2020-06-30&kind=ETI", "asOf=2025-06-30&sponsor=MEAE", "asOf=2024-12-31&kind=AT&sponsor=DG%20Tr%C3%A9sor",
            "asOf=2022-03-15&from=2026-09-01&to=2026-10-31", "asOf=2026-01-31&kind=END&from=2026-10-01"];
        var measured = new Dictionary<string, string[]>
        {
            ["page"] = filters.Select(f => $"dashboards?{f}").ToArray(),
            ["api"] = filters.Select(f => $"api/v1/dashboards?{f}").ToArray(),
        };
        string[] ceiling = ["api/v1/deployments?asOf=1990-01-01"];
        var rounds = new List<Dictionary<string, double>>();
        for (var round = 1; round <= 3; round++)
        {
            var p95 = new Dictionary<string, double>();
            var top = await SequentialRun.MeasureAsync(client, ceiling, 100);
            p95["ceiling"] = top.P95;
            var line = string.Create(CultureInfo.InvariantCulture, $"{provider} round {round}: ceiling p50 {top.P50:F1} ms p95 {top.P95:F1} ms");
            foreach (var (name, paths) in measured)
            {
                var run = await SequentialRun.MeasureAsync(client, paths, 60);
                p95[name] = run.P95;
                line += string.Create(CultureInfo.InvariantCulture, $"; {name} p50 {run.P50:F1} ms p95 {run.P95:F1} ms (max {run.Max:F1} ms)");
            }
            Console.WriteLine(line);
            rounds.Add(p95);
        }
        foreach (var filter in filters)
        {
            var alone = await SequentialRun.MeasureAsync(client, [$"api/v1/dashboards?{filter}"], 20);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} api?{filter}: p50 {alone.P50:F1} ms, max {alone.Max:F1} ms"));
        }
        double Median(string name) => rounds.Select(r => r[name]).Order().ElementAt(1);
        var c = Median("ceiling");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider} median of rounds, {count:N0} deployments and {count * 10:N0} applications: page p95 {Median("page"):F1} ms = {Median("page") / c:F1} × the ceiling's p95 ({c:F1} ms); api p95 {Median("api"):F1} ms = {Median("api") / c:F1} ×"));
    }
}
