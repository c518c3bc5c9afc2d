using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vivier.Core.Candidates;

namespace Vivier.Core.Recruitment;

/// <summary>
/// How many of a mission's sent applications went furthest to a stage, by the gender their
/// applicants declared when applying: the dashboards read these few rows per mission instead of
/// every application. Kept by <see cref="FunnelCounting"/> in the transaction that changes the
/// applications, so they never drift from them.
/// </summary>
public sealed class FunnelCount
{
    public const string NotDeclared = "";

    public required long MissionId { get; init; }
    public required string Stage { get; init; }
    /// <summary>A <see cref="SelfDeclaredGender"/> name, or <see cref="NotDeclared"/> (a key cannot be null).</summary>
    public required string Gender { get; init; }
    public int Count { get; set; }

    public static string Key(SelfDeclaredGender? gender) => gender?.ToString() ?? NotDeclared;

    public static SelfDeclaredGender? GenderOf(string key) => key == NotDeclared ? null : Enum.Parse<SelfDeclaredGender>(key);
}

internal sealed class FunnelCountConfiguration : IEntityTypeConfiguration<FunnelCount>
{
    public void Configure(EntityTypeBuilder<FunnelCount> count)
    {
        count.ToTable("funnel_counts");
        count.HasKey(c => new { c.MissionId, c.Stage, c.Gender });
        count.HasOne<Mission>().WithMany().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Restrict);
        count.Property(c => c.Stage).HasMaxLength(30);
        count.Property(c => c.Gender).HasMaxLength(10);
    }
}

/// <summary>
/// Moves the funnel counts with the applications about to be saved: an application entering the
/// funnel adds one to its stage (and to its mission's sent applications); one going further moves
/// from its old stage to its new one. Each change is an atomic upsert (add, or insert) that two
/// transactions can make to the same row at once.
/// </summary>
public static class FunnelCounting
{
    private const int RowsPerStatement = 200;

    /// <summary>The changes to the counts that the tracked applications' changes make (none: nothing to do).</summary>
    public static Dictionary<(long Mission, string Stage, string Gender), int> Deltas(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var deltas = new Dictionary<(long, string, string), int>();
        foreach (var entry in tracker.Entries<JobApplication>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var (before, beforeGender) = entry.State == EntityState.Added ? (null, null)
                : (entry.OriginalValues.GetValue<string?>(nameof(JobApplication.FurthestStage)), entry.OriginalValues.GetValue<SelfDeclaredGender?>(nameof(JobApplication.ApplicantGender)));
            var (after, afterGender) = entry.State == EntityState.Deleted ? (null, null) : (entry.Entity.FurthestStage, entry.Entity.ApplicantGender);
            if (before == after && beforeGender == afterGender)
            {
                continue;
            }
            if (before is not null)
            {
                Add((entry.Entity.MissionId, before, FunnelCount.Key(beforeGender)), -1);
            }
            if (after is not null)
            {
                Add((entry.Entity.MissionId, after, FunnelCount.Key(afterGender)), 1);
            }
        }
        foreach (var unchanged in deltas.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            deltas.Remove(unchanged);
        }
        return deltas;

        void Add((long, string, string) key, int by) => deltas[key] = deltas.GetValueOrDefault(key) + by;
    }

    /// <summary>Applies the changes in the current transaction: INSERT … ON CONFLICT DO UPDATE, the same SQL on SQLite and PostgreSQL.</summary>
    public static async Task ApplyAsync(DbContext db, Dictionary<(long Mission, string Stage, string Gender), int> deltas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deltas);
        foreach (var chunk in deltas.OrderBy(d => d.Key.Mission).ThenBy(d => d.Key.Stage, StringComparer.Ordinal).ThenBy(d => d.Key.Gender, StringComparer.Ordinal).Chunk(RowsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{4 * i}}}, {{{4 * i + 1}}}, {{{4 * i + 2}}}, {{{4 * i + 3}}})"));
            var parameters = chunk.SelectMany(d => new object[] { d.Key.Mission, d.Key.Stage, d.Key.Gender, d.Value }).ToArray();
            // The rows are sorted so that two transactions lock them in the same order.
            var sql = $"INSERT INTO funnel_counts (mission_id, stage, gender, count) VALUES {values} "
                + "ON CONFLICT (mission_id, stage, gender) DO UPDATE SET count = funnel_counts.count + excluded.count";
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
        foreach (var (mission, by) in deltas.GroupBy(d => d.Key.Mission).Select(g => (g.Key, g.Sum(d => d.Value))).Where(x => x.Item2 != 0).OrderBy(x => x.Key))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE missions SET sent_applications = sent_applications + {0} WHERE id = {1}", [by, mission], cancellationToken);
        }
    }
}
