using Microsoft.Data.Sqlite;
using Npgsql;
using Vivier.Core.Database;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The database configuration, read and checked once at start-up. Keys: Database:Provider
/// (Sqlite | Postgres), ConnectionStrings:Vivier, Database:MigrateOnStartup, Vivier:DataDirectory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public static DatabaseSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Vivier");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString(configuration, environment)
                : throw new StartupProblem("ConnectionStrings:Vivier must be set when Database:Provider is Postgres.");
        }
        CheckSyntax(provider, connectionString);
        return new DatabaseSettings(provider, connectionString, ReadBoolean(configuration, "Database:MigrateOnStartup", true));
    }

    /// <summary>Host and port, or file, without the password: safe to print.</summary>
    public string Target => Provider == DatabaseProvider.Postgres
        ? $"{new NpgsqlConnectionStringBuilder(ConnectionString).Host}:{new NpgsqlConnectionStringBuilder(ConnectionString).Port}"
        : new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    private static DatabaseProvider ReadProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupProblem($"Database:Provider is '{value}', which Vivier does not know: use Sqlite or Postgres.");
    }

    private static string DefaultSqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(configuration["Vivier:DataDirectory"] is { Length: > 0 } configured
            ? Path.Combine(environment.ContentRootPath, configured)
            : Path.Combine(environment.ContentRootPath, "App_Data"));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblem($"Vivier:DataDirectory '{folder}' cannot be created: {e.Message}", e);
        }
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "vivier.db") }.ToString();
    }

    private static void CheckSyntax(DatabaseProvider provider, string connectionString)
    {
        try
        {
            _ = provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connectionString).ToString()
                : new SqliteConnectionStringBuilder(connectionString).ToString();
        }
        catch (ArgumentException e)
        {
            throw new StartupProblem($"ConnectionStrings:Vivier is not a valid {provider} connection string: {e.Message}", e);
        }
    }

    private static bool ReadBoolean(IConfiguration configuration, string key, bool fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return bool.TryParse(value, out var parsed)
            ? parsed
            : throw new StartupProblem($"{key} is '{value}': use true or false.");
    }
}
