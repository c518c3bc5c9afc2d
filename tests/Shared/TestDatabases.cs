using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Demo;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Core.ReferenceData;

namespace Vivier.Testing;

/// <summary>One database of a test class: a copy of the run's migrated template.</summary>
public sealed record TestDatabase(DatabaseProvider Provider, string ConnectionString, Func<Task> Drop)
{
    public VivierDb NewDb() =>
        new(new DbContextOptionsBuilder<VivierDb>().UseVivierDatabase(Provider, ConnectionString).Options);
}

/// <summary>
/// Migrates one template database per test run, then gives each test class its own copy in
/// milliseconds: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. A second
/// template, made from the first when a class first asks for it, holds the demo already loaded:
/// loading it costs seconds, a copy milliseconds.
/// </summary>
public sealed class TestDatabases : IAsyncDisposable
{
    private const string TemplateName = "vivier_template";
    private const string DemoTemplateName = "vivier_template_demo";
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static TestDatabases? shared;

    private readonly SemaphoreSlim copying = new(1, 1);
    private readonly SemaphoreSlim loadingDemo = new(1, 1);
    private bool demoLoaded;
    private readonly string folder;
    private readonly PostgresServer? postgres;
    private int count;

    private TestDatabases(string folder, PostgresServer? postgres)
    {
        this.folder = folder;
        this.postgres = postgres;
    }

    /// <summary>Why this run's provider cannot be tested here, or null.</summary>
    public static string? Unavailable { get; } = TestProvider.Current == DatabaseProvider.Postgres ? PostgresServer.Unavailable() : null;

    public static async Task<TestDatabases> SharedAsync()
    {
        await Starting.WaitAsync();
        try
        {
            return shared ??= await StartAsync();
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>Called once by the assembly fixture when the run ends.</summary>
    public static async Task StopSharedAsync()
    {
        if (shared is not null)
        {
            await shared.DisposeAsync();
            shared = null;
        }
    }

    /// <summary>A copy of the template: with the demo loaded (as on <see cref="VivierApp.Start"/>) or without.</summary>
    public async Task<TestDatabase> CreateAsync(bool withDemo = false)
    {
        if (withDemo)
        {
            await EnsureDemoTemplateAsync();
        }
        var number = Interlocked.Increment(ref count);
        if (postgres is null)
        {
            var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"test-{number}.db"));
            File.Copy(Path.Combine(folder, withDemo ? "template-demo.db" : "template.db"), file);
            var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            return new TestDatabase(DatabaseProvider.Sqlite, connectionString, () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var part in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(part);
                }
                return Task.CompletedTask;
            });
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"vivier_test_{number}");
        // Copies from one template are serialised: PostgreSQL refuses a copy while the template is in use.
        await copying.WaitAsync();
        try
        {
            await ExecuteAsync(postgres.AdminConnectionString, $"CREATE DATABASE {name} TEMPLATE {(withDemo ? DemoTemplateName : TemplateName)}");
        }
        finally
        {
            copying.Release();
        }
        var database = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, database, async () =>
        {
            await using (var connection = new NpgsqlConnection(database))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await ExecuteAsync(postgres.AdminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    /// <summary>Loads the demo, once per run, into a copy of the template, as the host would on <see cref="VivierApp.Start"/>.</summary>
    private async Task EnsureDemoTemplateAsync()
    {
        await loadingDemo.WaitAsync();
        try
        {
            if (demoLoaded)
            {
                return;
            }
            string connectionString;
            if (postgres is null)
            {
                File.Copy(Path.Combine(folder, "template.db"), Path.Combine(folder, "template-demo.db"));
                connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "template-demo.db"), Pooling = false }.ToString();
            }
            else
            {
                await copying.WaitAsync();
                try
                {
                    await ExecuteAsync(postgres.AdminConnectionString, $"CREATE DATABASE {DemoTemplateName} TEMPLATE {TemplateName}");
                }
                finally
                {
                    copying.Release();
                }
                connectionString = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = DemoTemplateName, Pooling = false }.ToString();
            }
            await using var db = new TestDatabase(TestProvider.Current, connectionString, () => Task.CompletedTask).NewDb();
            await DemoData.SeedAsync(db, new PasswordHasher<Person>(), VivierApp.Start.UtcDateTime, Vivier.Web.Features.Profile.CandidateProfiles.Snapshot);
            demoLoaded = true;
        }
        finally
        {
            loadingDemo.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<TestDatabases> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("vivier-tests-").FullName;
        if (TestProvider.Current == DatabaseProvider.Sqlite)
        {
            var template = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "template.db"), Pooling = false };
            await MigrateAsync(DatabaseProvider.Sqlite, template.ToString());
            return new TestDatabases(folder, null);
        }
        var server = await PostgresServer.StartAsync();
        await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS {DemoTemplateName} WITH (FORCE)");
        await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE {TemplateName}");
        var templateConnection = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = TemplateName, Pooling = false };
        await MigrateAsync(DatabaseProvider.Postgres, templateConnection.ToString());
        return new TestDatabases(folder, server);
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = new TestDatabase(provider, connectionString, () => Task.CompletedTask).NewDb();
        await db.Database.MigrateAsync();
        await ReferenceDataSync.SyncAsync(db);
        await DefaultPipeline.EnsureAsync(db);
        await DefaultChecklist.EnsureAsync(db);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Database names are made here from a counter, never from input.")]
    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
