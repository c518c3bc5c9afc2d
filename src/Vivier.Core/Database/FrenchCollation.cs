using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Vivier.Core.Database;

/// <summary>
/// Names sort the French way on both databases: "Égypte" with the E's, not after "Zambie" as a
/// byte-order (C locale) sort puts it. PostgreSQL uses its ICU French collation; SQLite has no
/// locale-aware collation, so one is registered on every connection from .NET's French CompareInfo.
/// </summary>
public static class FrenchCollation
{
    public const string PostgresName = "fr-x-icu";
    public const string SqliteName = "FRENCH";

    private const string Marker = "Vivier:SortsInFrench";
    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public static DbConnectionInterceptor SqliteRegistration { get; } = new Registration();

    /// <summary>Marks a text column whose ORDER BY must follow French rules.</summary>
    public static PropertyBuilder<string> SortsInFrench(this PropertyBuilder<string> property) =>
        property.HasAnnotation(Marker, true);

    /// <summary>Turns the marks into the provider's collation once the model is built.</summary>
    public static void Apply(ModelBuilder modelBuilder, DatabaseFacade database)
    {
        var collation = database.IsNpgsql() ? PostgresName : SqliteName;
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.FindAnnotation(Marker) is not null)
            {
                property.RemoveAnnotation(Marker);
                property.SetCollation(collation);
            }
        }
    }

    /// <summary>Readies an SQLite connection as Vivier reads: the French collation its indexes were built with, and memory-mapped pages.</summary>
    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateCollation(SqliteName, Compare);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size=268435456;";
        command.ExecuteNonQuery();
    }

    private static int Compare(string? x, string? y) => French.Compare(x, y, CompareOptions.None);

    private sealed class Registration : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            Register(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            Register(connection);
            return Task.CompletedTask;
        }

        private static void Register(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                FrenchCollation.Register(sqlite);
            }
        }
    }
}
