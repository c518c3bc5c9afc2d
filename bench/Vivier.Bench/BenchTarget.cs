using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;

namespace Vivier.Bench;

/// <summary>
/// The database a benchmark runs on, from its arguments: provider, connection string ("auto": an
/// SQLite file in a temporary folder) and, for generated data, how many rows (a default per provider).
/// </summary>
public sealed record BenchTarget(DatabaseProvider Provider, string ConnectionString, int Count)
{
    public static BenchTarget Parse(string[] args, int postgresCount = 0, int sqliteCount = 0)
    {
        ArgumentNullException.ThrowIfNull(args);
        var provider = Enum.Parse<DatabaseProvider>(args.ElementAtOrDefault(0) ?? "Sqlite", ignoreCase: true);
        var connectionString = args.ElementAtOrDefault(1) is { } given and not "auto"
            ? given
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("vivier-bench-").FullName, "bench.db")}";
        var count = args.ElementAtOrDefault(2) is { } asked ? int.Parse(asked, CultureInfo.InvariantCulture)
            : provider == DatabaseProvider.Postgres ? postgresCount : sqliteCount;
        return new BenchTarget(provider, connectionString, count);
    }

    public VivierDb NewDb() => new(new DbContextOptionsBuilder<VivierDb>().UseVivierDatabase(Provider, ConnectionString).Options);
}
