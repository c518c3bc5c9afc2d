using Microsoft.Data.Sqlite;
using Npgsql;
using Vivier.Core.Database;
using Vivier.Core.Demo;

namespace Vivier.Web.Infrastructure;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddVivierDatabase(this WebApplicationBuilder builder)
    {
        // Read when first needed rather than now, so that hosts which add configuration late (the
        // tests' WebApplicationFactory) are seen; PrepareDatabaseAsync needs it first, before serving.
        builder.Services.AddSingleton(services => DatabaseSettings.Read(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()));
        // Pooled: a request takes a ready context (options, model and internal services resolved once)
        // instead of building its options and services anew; the pool resets each context's state.
        builder.Services.AddDbContextPool<VivierDb>((services, options) =>
        {
            var settings = services.GetRequiredService<DatabaseSettings>();
            options.UseVivierDatabase(settings.Provider, settings.ConnectionString);
            // Interceptors registered as services join every context (the tests' write recorder, for one).
            options.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Reaches the database, then migrates it and brings its reference data up to date, unless
    /// Database:MigrateOnStartup is false (clusters run migrations once, elsewhere). EF Core takes a database lock while migrating, so instances
    /// started together do not apply the same migration twice.
    /// </summary>
    /// <param name="loadDemo">False for commands that must not load the demo (remove-demo), whatever Vivier:DemoData says.</param>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool loadDemo = true)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await ReachAsync(settings);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        if (settings.MigrateOnStartup)
        {
            await RefuseUnknownHistoryAsync(db, settings);
            await db.Database.MigrateAsync();
            await Vivier.Core.Search.NameSearch.BackfillAsync(db);
            await ReferenceDataSync.SyncAsync(db);
            await Vivier.Core.Recruitment.DefaultPipeline.EnsureAsync(db);
            await Vivier.Core.Deployments.DefaultChecklist.EnsureAsync(db);
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Refreshes the planner's statistics where they are stale (cheap when they are not), so
            // that queries pick the index that serves their ORDER BY.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;");
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            app.Logger.LogWarning("The database lacks migrations and Database:MigrateOnStartup is false: apply them before serving.");
        }
        if (loadDemo && app.Configuration.GetValue("Vivier:DemoData", false))
        {
            await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<IPasswordHasher<Person>>(),
                app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, Features.Profile.CandidateProfiles.Snapshot);
        }
    }

    /// <summary>
    /// A database made by migrations this build does not know (those squashed into one Initial
    /// before the first release) would have Initial re-create its tables: say so rather than fail
    /// half-way. Such a database holds development data only; delete it (or drop the database).
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(VivierDb db, DatabaseSettings settings)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        if (applied.Count > 0 && !applied.Intersect(db.Database.GetMigrations()).Any())
        {
            throw new StartupProblem($"the {settings.Provider} database at {settings.Target} was made by migrations that were squashed into one before the first release; "
                + "it holds development data only: delete it (or drop and re-create the database) and start again.");
        }
    }

    private static async Task ReachAsync(DatabaseSettings settings)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await using var connection = new NpgsqlConnection(settings.ConnectionString);
                await connection.OpenAsync();
            }
            else
            {
                // Write-ahead logging lets readers go on while one writer commits; the mode sticks to the file.
                await using var connection = new SqliteConnection(settings.ConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or InvalidOperationException or TimeoutException)
        {
            throw new StartupProblem(
                $"ConnectionStrings:Vivier: cannot reach the {settings.Provider} database at {settings.Target}: {FirstLine(e)}", e);
        }
    }

    private static string FirstLine(Exception e) => (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim();
}
