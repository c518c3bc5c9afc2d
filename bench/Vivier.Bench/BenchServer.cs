using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Vivier.Core.Database;

namespace Vivier.Bench;

/// <summary>Vivier.Web in its own process, in Production mode, on a free loopback port, on the given database.</summary>
public sealed class BenchServer : IDisposable
{
    private readonly Process process;
    private readonly TextWriter output;

    private BenchServer(Process process, TextWriter output, Uri baseAddress) => (this.process, this.output, BaseAddress) = (process, output, baseAddress);

    public Uri BaseAddress { get; }

    /// <summary>The server's resident memory now (bytes), as the system counts it.</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public static Task<BenchServer> StartAsync(DatabaseProvider provider, string connectionString)
    {
        var port = FreePort();
        var web = Path.Combine(AppContext.BaseDirectory, "Vivier.Web.dll");
        // The project's folder, for its wwwroot: a build's output has no static files outside Development.
        var contentRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Vivier.Web"));
        return LaunchAsync(new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Directory.Exists(contentRoot) ? contentRoot : AppContext.BaseDirectory])
        {
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Vivier"] = connectionString,
                ["RateLimiting__Enabled"] = "false",
                // Production refuses to start without the address its mails and feeds link to.
                ["Mail__PublicUrl"] = "https://vivier.example.org",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        }, port);
    }

    /// <summary>The lean reference server (<see cref="LeanServer"/>) in its own process, on the same database.</summary>
    public static Task<BenchServer> StartLeanAsync(DatabaseProvider provider, string connectionString)
    {
        var port = FreePort();
        var bench = Path.Combine(AppContext.BaseDirectory, "Vivier.Bench.dll");
        return LaunchAsync(new ProcessStartInfo("dotnet", [bench, "lean-server", provider.ToString(), connectionString, port.ToString(CultureInfo.InvariantCulture)]), port);
    }

    private static async Task<BenchServer> LaunchAsync(ProcessStartInfo start, int port)
    {
        // The server's output goes to a file, read as it comes: a pipe nobody reads fills up, and then
        // the server's logger blocks its requests (a page that logs an error would hang the run).
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        var log = Path.Combine(Path.GetTempPath(), $"vivier-bench-{Path.GetFileNameWithoutExtension(start.ArgumentList[0])}-{port}.log");
        var writer = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => writer.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => writer.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"{start.ArgumentList[0]} on port {port}, its output in {log}");
        var server = new BenchServer(process, writer, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { BaseAddress = server.BaseAddress };
        for (var i = 0; !await ReadyAsync(probe); i++)
        {
            if (process.HasExited || i == 150)
            {
                server.Dispose();
                throw new InvalidOperationException($"{start.ArgumentList[0]} did not start on port {port} (see its output in {log}).");
            }
            await Task.Delay(200);
        }
        return server;
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        output.Dispose();
    }

    private static async Task<bool> ReadyAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync(new Uri("health", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
