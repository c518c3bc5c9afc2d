using System.Diagnostics;
using System.Net;

namespace Vivier.Bench;

/// <summary>Requests from a fixed number of connections for a fixed time; throughput and latency percentiles.</summary>
public sealed record LoadResult(string Name, int Requests, int Failures, double PerSecond, double P50Ms, double P99Ms);

public static class LoadRun
{
    /// <summary>Closed loop: each connection sends its next request as soon as the last one is answered (saturation).</summary>
    public static Task<LoadResult> SaturateAsync(string name, Uri baseAddress, IReadOnlyList<string> paths, int connections, TimeSpan duration, string? cookies = null) =>
        RunAsync(name, baseAddress, paths, connections, duration, perSecond: null, cookies);

    /// <summary>
    /// Open loop at a fixed rate spread over the connections: each request has a scheduled start,
    /// and its latency counts from then, so a server that falls behind is charged for the wait
    /// (no "coordinated omission").
    /// </summary>
    public static Task<LoadResult> PaceAsync(string name, Uri baseAddress, IReadOnlyList<string> paths, int connections, TimeSpan duration, double perSecond, string? cookies = null) =>
        RunAsync(name, baseAddress, paths, connections, duration, perSecond, cookies);

    /// <param name="cookies">A signed-in session's Cookie header (<see cref="CookieJar.Header"/>), sent with every request; none when null.</param>
    private static async Task<LoadResult> RunAsync(string name, Uri baseAddress, IReadOnlyList<string> paths, int connections, TimeSpan duration, double? perSecond, string? cookies)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10), AllowAutoRedirect = false, UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (cookies is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookies);
        }
        // Warm-up: JIT, connection pool, database caches.
        await Drive(client, paths, connections, TimeSpan.FromSeconds(3), perSecond);
        var (latencies, failures, elapsed) = await Drive(client, paths, connections, duration, perSecond);
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new LoadResult(name, latencies.Count, failures, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> Drive(HttpClient client, IReadOnlyList<string> paths,
        int connections, TimeSpan duration, double? perSecond)
    {
        var latencies = new List<double>();
        var failures = 0;
        var gate = new object();
        var total = Stopwatch.StartNew();
        // Paced: connection k sends at k·gap/connections + n·gap, where gap = connections / rate.
        var gap = perSecond is { } rate ? TimeSpan.FromSeconds(connections / rate) : TimeSpan.Zero;
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            var local = new List<double>();
            var localFailures = 0;
            for (var i = 0; ; i++)
            {
                var scheduled = perSecond is null ? total.Elapsed : gap * i + gap * worker / connections;
                if (scheduled >= duration)
                {
                    break;
                }
                if (scheduled > total.Elapsed)
                {
                    await Task.Delay(scheduled - total.Elapsed);
                }
                if (await AnsweredAsync(client, paths[(i * connections + worker) % paths.Count]))
                {
                    local.Add((total.Elapsed - scheduled).TotalMilliseconds);
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

    /// <summary>Whether the path answered 200 OK in full; a timeout or a broken connection is a failure to report, not the end of the run.</summary>
    private static async Task<bool> AnsweredAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{path}: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }
}
