using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;

namespace Vivier.Bench;

/// <summary>
/// Server time of a mission's pipeline with 1,000 applications (board and list view), against the
/// same page for a mission with one application (same sign-in, HTTP stack and layout): the median
/// of 50 sequential requests after 20 of warm-up, three rounds.
///   dotnet run -c Release --project bench/Vivier.Bench -- board &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt;
/// </summary>
public static class BoardBench
{
    private const int Applications = 1000;
    private const string Email = "bench-recruiter@vivier.test";
    private const string Password = "Bench-Board-2026!";

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args);
        var (provider, connectionString) = (target.Provider, target.ConnectionString);
        await ScaleData.EnsureAsync(target, new ScaleSizes(0, 0, 0, 0, 0, Applications));
        var key = await BenchStaff.EnsureAsync(target, Email, Password);
        using var server = await BenchServer.StartAsync(provider, connectionString);
        using var handler = new CookieJar();
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        await BenchStaff.SignInAsync(client, Email, Password, key);

        var pages = new (string Name, string Path)[]
        {
            ("ceiling: board of a mission with 1 application", $"gestion/missions/{PipelineGenerator.SmallMission}/candidatures"),
            ("board, 1,000 applications", $"gestion/missions/{PipelineGenerator.BigMission}/candidatures"),
            ("list view, 1,000 applications, sorted by name", $"gestion/missions/{PipelineGenerator.BigMission}/candidatures?vue=liste&tri=nom"),
        };
        var medians = pages.ToDictionary(p => p.Name, _ => new List<double>());
        for (var round = 1; round <= 3; round++)
        {
            foreach (var (name, path) in pages)
            {
                var (median, p95, bytes) = await MeasureAsync(client, path);
                medians[name].Add(median);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} round {round} {name}: median {median:F1} ms, p95 {p95:F1} ms, {bytes / 1024} KiB"));
            }
        }
        var ceiling = medians[pages[0].Name].Order().ElementAt(1);
        foreach (var (name, _) in pages.Skip(1))
        {
            var median = medians[name].Order().ElementAt(1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} median of rounds: {name} {median:F1} ms = {median / ceiling:F1} × the ceiling ({ceiling:F1} ms)"));
        }
    }

    private static async Task<(double Median, double P95, long Bytes)> MeasureAsync(HttpClient client, string path)
    {
        for (var i = 0; i < 20; i++)
        {
            using var warm = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (!warm.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path}: {warm.StatusCode} {warm.Headers.Location}");
            }
        }
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            bytes = body.Length;
        }
        times.Sort();
        return ((times[24] + times[25]) / 2, times[47], bytes);
    }
}
