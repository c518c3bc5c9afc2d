using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Vivier.Testing;

/// <summary>
/// A PostgreSQL server for one test run: the one VIVIER_TEST_POSTGRES names (an admin connection
/// string), or a throwaway cluster made with the installed server binaries on a free loopback port,
/// stopped when the run ends, whatever the tests' outcome.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string FolderPrefix = "vivier-pg-";
    private readonly string? clusterFolder;
    private readonly string? binaries;

    private PostgresServer(string adminConnectionString, string? clusterFolder, string? binaries)
    {
        AdminConnectionString = adminConnectionString;
        this.clusterFolder = clusterFolder;
        this.binaries = binaries;
    }

    public string AdminConnectionString { get; }

    /// <summary>Why no server can be had here, or null when one can.</summary>
    public static string? Unavailable()
    {
        if (Environment.GetEnvironmentVariable("VIVIER_TEST_POSTGRES") is { Length: > 0 })
        {
            return null;
        }
        return FindBinaries() is null
            ? "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): install the Debian package postgresql, or set VIVIER_TEST_POSTGRES to an admin connection string."
            : null;
    }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("VIVIER_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return new PostgresServer(given, null, null);
        }
        var bin = FindBinaries() ?? throw new InvalidOperationException(Unavailable());
        await StopOrphanedClustersAsync(bin);
        var folder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
            $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(folder);
        if (Commands.IsRoot)
        {
            await Commands.RunAsync("chown", ["postgres:postgres", folder], asPostgres: false, TimeSpan.FromSeconds(10));
        }
        var data = Path.Combine(folder, "data");
        await Commands.RunAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            asPostgres: true, TimeSpan.FromMinutes(2));
        var port = FreePort();
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20",
            folder, bin);
        // Durability is pointless for a throwaway cluster; its speed is not.
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        await Commands.RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start"],
            asPostgres: true, TimeSpan.FromMinutes(2));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Task.Run(Stop);
    }

    private void Stop()
    {
        if (clusterFolder is null || binaries is null || !Directory.Exists(clusterFolder))
        {
            return;
        }
        StopCluster(binaries, clusterFolder);
    }

    private static void StopCluster(string bin, string folder)
    {
        try
        {
            Commands.RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"],
                asPostgres: true, TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do but remove the folder.
        }
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A run killed outright cannot stop its cluster: the next run does, by the process id in the folder name.</summary>
    private static Task StopOrphanedClustersAsync(string bin) => Task.Run(() =>
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                StopCluster(bin, folder);
            }
        }
    });

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), CultureInfo.InvariantCulture, out var v) ? v : 0)
            .FirstOrDefault()
        : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
