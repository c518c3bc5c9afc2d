using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vivier.Tests.Platform;

/// <summary>
/// Bad configuration stops the real program with one line naming the setting, not a stack trace.
/// These start Vivier.Web.dll as a process, as an operator would.
/// </summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task An_unknown_provider_is_named_in_one_line()
    {
        var (exitCode, lines) = await StartAsync(new() { ["Database__Provider"] = "MySql" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.Contains("Database:Provider", line, StringComparison.Ordinal);
        Assert.Contains("MySql", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_is_named_in_one_line()
    {
        var port = ClosedPort();
        var (exitCode, lines) = await StartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Vivier"] = $"Host=127.0.0.1;Port={port};Username=vivier;Password=secret-word;Timeout=3",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.Contains("ConnectionStrings:Vivier", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_is_named_in_one_line()
    {
        var (exitCode, lines) = await StartAsync(new() { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Vivier"] = "" });

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:Vivier", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_migration_switch_is_named_in_one_line()
    {
        var (exitCode, lines) = await StartAsync(new() { ["Database__MigrateOnStartup"] = "sometimes" });

        Assert.Equal(1, exitCode);
        Assert.Contains("Database:MigrateOnStartup", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Limits__Csv__MaxRows", "0", "Limits:Csv:MaxRows")]
    [InlineData("Limits__Pdf__MaxTime", "soon", "Limits:Pdf")]
    public async Task A_parser_limit_that_is_not_a_positive_value_is_named_in_one_line(string variable, string value, string named)
    {
        var (exitCode, lines) = await StartAsync(new() { [variable] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains(named, Assert.Single(lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("vivier.example.org")]
    [InlineData("http://vivier.example.org")]
    public async Task Production_without_an_https_public_address_is_named_in_one_line(string value)
    {
        var (exitCode, lines) = await StartAsync(new() { ["Mail__PublicUrl"] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains("Mail:PublicUrl", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_proxy_that_is_not_an_address_is_named_in_one_line()
    {
        var (exitCode, lines) = await StartAsync(new() { ["ForwardedHeaders__KnownProxies"] = "10.0.0.1,proxy.local" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.Contains("ForwardedHeaders:KnownProxies", line, StringComparison.Ordinal);
        Assert.Contains("proxy.local", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_the_demo_s_accounts_until_remove_demo_has_removed_them()
    {
        var contentRoot = Directory.CreateTempSubdirectory("vivier-startup-").FullName;
        try
        {
            var (refused, refusal) = await RunAsync(contentRoot, new() { ["Vivier__DemoData"] = "true" });
            var (removed, removal) = await RunAsync(contentRoot, [], DemoCommand);
            var (_, started) = await RunAsync(contentRoot, [], untilRunning: true);

            Assert.Equal(1, refused);
            Assert.Contains(refusal, line => line.Contains($"dotnet run --project src/Vivier.Web -- {DemoCommand}", StringComparison.Ordinal));
            Assert.Equal(0, removed);
            Assert.Contains(removal, line => line.StartsWith("Removed the demo", StringComparison.Ordinal));
            Assert.Contains(started, line => line.Contains("Vivier is running at", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Audit_verify_seals_the_log_accepts_it_and_names_the_place_where_an_entry_was_changed()
    {
        var contentRoot = Directory.CreateTempSubdirectory("vivier-audit-").FullName;
        try
        {
            var (empty, _) = await RunAsync(contentRoot, [], AuditCommand);
            var database = Path.Combine(contentRoot, "App_Data", "vivier.db");
            for (var i = 1; i <= 3; i++)
            {
                await SqlAsync(database, InsertEntry, ("$at", $"2026-12-0{i} 10:00:00"), ("$actor", Guid.NewGuid().ToString()), ("$subject", $"f{i}"));
            }
            var (held, holding) = await RunAsync(contentRoot, [], AuditCommand);
            await SqlAsync(database, ChangeAction, ("$subject", "f2"));
            var (broken, breaking) = await RunAsync(contentRoot, [], AuditCommand);

            Assert.Equal(0, empty);
            Assert.Equal(0, held);
            Assert.Contains("Sealed 3 new entries.", holding);
            Assert.Contains(holding, line => line.StartsWith("The chain holds. Head: 3 ", StringComparison.Ordinal));
            Assert.Equal(1, broken);
            Assert.Contains(breaking, line => line.StartsWith("BREAK at 2 (entry 2): the entry does not match its hash", StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private const string InsertEntry = "INSERT INTO audit_entries (at, actor_id, action, subject) VALUES ($at, $actor, 'cv-viewed', $subject)";
    private const string ChangeAction = "UPDATE audit_entries SET action = 'sign-in' WHERE subject = $subject";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the constants above, their values as parameters.")]
    private static async Task SqlAsync(string database, string sql, params (string Name, string Value)[] parameters)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Microsoft.Data.Sqlite.SqliteCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private const string AuditCommand = "audit-verify";

    private const string DemoCommand = "remove-demo";

    /// <summary>Runs the app until it exits;  returns its exit code and every non-blank line it printed.</summary>
    private static async Task<(int ExitCode, List<string> Lines)> StartAsync(Dictionary<string, string> environment)
    {
        var contentRoot = Directory.CreateTempSubdirectory("vivier-startup-").FullName;
        try
        {
            return await RunAsync(contentRoot, environment);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    /// <summary>
    /// Runs Vivier.Web.dll in Production on <paramref name="contentRoot"/> (its SQLite file in App_Data there) until it
    /// exits, or, with <paramref name="untilRunning"/>, until it says it is serving (then stops it); its exit code and
    /// every non-blank line it printed.
    /// </summary>
    private static async Task<(int ExitCode, List<string> Lines)> RunAsync(string contentRoot, Dictionary<string, string> environment,
        string? command = null, bool untilRunning = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Vivier.Web.dll"));
        if (command is not null)
        {
            start.ArgumentList.Add(command);
        }
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // As an operator must: each test below breaks one setting of an otherwise working configuration.
        start.Environment["Mail__PublicUrl"] = "https://vivier.example.org";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var lines = new List<string>();
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line.Trim());
                if (untilRunning && line.Contains("Vivier is running at", StringComparison.Ordinal))
                {
                    process.Kill(entireProcessTree: true);
                    break;
                }
            }
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        lines.AddRange((await error).Split('\n').Select(l => l.Trim()));
        return (process.ExitCode, lines.Where(l => l.Length > 0).ToList());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
