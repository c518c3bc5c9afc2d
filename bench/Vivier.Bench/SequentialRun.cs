using System.Diagnostics;

namespace Vivier.Bench;

/// <summary>Server time of sequential requests from one signed-in client: 20 of warm-up, then p50, p95 and the maximum.</summary>
public static class SequentialRun
{
    public static async Task<(double P50, double P95, double Max)> MeasureAsync(HttpClient client, string[] paths, int requests)
    {
        for (var i = 0; i < 20; i++)
        {
            using var warm = await client.GetAsync(new Uri(paths[i % paths.Length], UriKind.Relative));
            warm.EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(paths[i % paths.Length], UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return (times[requests / 2], times[(int)(requests * 0.95)], times[^1]);
    }
}
