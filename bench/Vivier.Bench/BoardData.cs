using Microsoft.EntityFrameworkCore;
using Vivier.Core.Database;

namespace Vivier.Bench;

/// <summary>The job board's benchmark data: the schema, the reference data and N published missions, generated once per database.</summary>
public static class BoardData
{
    public static async Task EnsureAsync(BenchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = target.NewDb();
        await db.Database.MigrateAsync();
        await Vivier.Core.ReferenceData.ReferenceDataSync.SyncAsync(db);
        if (await db.Missions.AnyAsync())
        {
            return;
        }
        var took = await MissionGenerator.FillAsync(db, target.Count, DateTime.UtcNow);
        Console.WriteLine($"generated {target.Count:N0} missions in {took.TotalSeconds:F1} s");
        // Statistics for the planner, as a production database has them.
        await db.Database.ExecuteSqlRawAsync(target.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
    }
}
