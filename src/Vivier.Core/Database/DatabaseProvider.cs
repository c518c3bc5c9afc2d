namespace Vivier.Core.Database;

/// <summary>The databases Vivier runs on: SQLite embedded by default, PostgreSQL in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviderOptions
{
    public const string SqliteMigrationsAssembly = "Vivier.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Vivier.Migrations.Postgres";

    /// <summary>
    /// The one place where a provider is chosen: the host, the design-time factories of both
    /// migrations projects and the tests all configure VivierDb through it.
    /// </summary>
    public static TBuilder UseVivierDatabase<TBuilder>(this TBuilder options,
        DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(FrenchCollation.SqliteRegistration);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        options.UseSnakeCaseNamingConvention();
        return options;
    }
}
