using System.Diagnostics;
using System.Net;

namespace Vivier.Bench;

/// <summary>Requests from a fixed number of connections for a fixed time; throughput and latency percentiles.</summary>
public sealed record LoadResult(string Name, int Requests, int Failures, double PerSecond, double P50Ms, double P99Ms);

public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, Uri baseAddress, IReadOnlyList<string> paths, int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // Warm-up: JIT, connection pool, database caches.
        await Drive(client, paths, connections, TimeSpan.FromSeconds(3));
        var (latencies, failures, elapsed) = await Drive(client, paths, connections, duration);
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new LoadResult(name, latencies.Count, failures, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> Drive(HttpClient client, IReadOnlyList<string> paths,
        int connections, TimeSpan duration)
    {
        var latencies = new List<double>();
        var failures = 0;
        var gate = new object();
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            var local = new List<double>();
            var localFailures = 0;
            for (var i = worker; total.Elapsed < duration; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(paths[i % paths.Count], UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    local.Add(watch.Elapsed.TotalMilliseconds);
                }
                else
                {
                    localFailures++;
                }
            }
            lock (gate)
            {
                latencies.AddRange(local);
                failures += localFailures;
            }
        });
        await Task.WhenAll(workers);
        return (latencies, failures, total.Elapsed);
    }
}
