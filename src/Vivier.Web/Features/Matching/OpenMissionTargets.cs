using Vivier.Core.Search;

namespace Vivier.Web.Features.Matching;

/// <summary>An open mission as the missions for a person and similar missions show it.</summary>
public sealed record OpenMission(long Id, string Reference, string Title, string? TitleEn, ExpertKind Kind, string CountryCode, DateOnly Deadline, DateTime? PublishedAt);

/// <summary>
/// The open missions of this instance compiled as match targets, so that a person's missions (and a
/// mission's similar ones) are one pass of the scoring function over memory instead of a read of
/// every open mission per page. Checked against the database before each answer (three one-row
/// reads): when the board's version (publication, closing, deadline, country, kind, themes), the
/// matching settings' date or the mission history's last entry (every edit, weights included) has
/// moved, the open missions' versions are read and only the missions that changed are read and
/// compiled again; so a change made on any instance is in the next answer on every instance. After
/// <see cref="MaxAge"/> the versions are read anyway, for a change made outside the application or
/// committed after a later one.
/// </summary>
public sealed class OpenMissionTargets(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int ReadChunk = 500;

    private sealed record Entry(Guid Version, OpenMission Mission, MatchTarget Target);

    /// <summary>What a snapshot was built at: the board's version, the matching settings' date, the mission history's last entry.</summary>
    public readonly record struct Stamp(long BoardVersion, DateTime? SettingsAt, long LastMissionChange);

    private sealed record Snapshot(Stamp Stamp, DateTimeOffset CheckedAt, IReadOnlyDictionary<long, Entry> Entries)
    {
        /// <summary>The targets as the answers read them, listed once per snapshot.</summary>
        public IReadOnlyList<(OpenMission Mission, MatchTarget Target)> Listed { get; } = Entries.Values.Select(e => (e.Mission, e.Target)).ToArray();

        /// <summary>Answers worked out from this snapshot (a mission's similar ones), dropped with it.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<long, object> Memo { get; } = new();
    }

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>Makes the next answer read the open missions' versions again (after this instance changed a mission).</summary>
    public void Expire()
    {
        if (current is { } snapshot)
        {
            current = new Snapshot(snapshot.Stamp, DateTimeOffset.MinValue, snapshot.Entries);
        }
    }

    /// <summary>The open missions with their targets, current as of this answer; a deadline passed since the last refresh is the reader's to skip.</summary>
    /// <param name="compiler">What compiles a mission into its target, asked for only when some mission must be compiled.</param>
    public async Task<IReadOnlyList<(OpenMission Mission, MatchTarget Target)>> OpenAsync(VivierDb db,
        Func<CancellationToken, Task<Func<Mission, MatchTarget>>> compiler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compiler);
        return (await CurrentAsync(db, compiler, cancellationToken)).Listed;
    }

    /// <summary>
    /// An answer that depends on the open missions alone (a mission's similar ones, shown on each of its
    /// page views), worked out once per snapshot: at most <see cref="MaxAge"/> old, and none older than the last change.
    /// </summary>
    public async Task<T> MemoAsync<T>(VivierDb db, Func<CancellationToken, Task<Func<Mission, MatchTarget>>> compiler, long key,
        Func<IReadOnlyList<(OpenMission Mission, MatchTarget Target)>, T> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var snapshot = await CurrentAsync(db, compiler, cancellationToken);
        return (T)snapshot.Memo.GetOrAdd(key, _ => compute(snapshot.Listed));
    }

    private async Task<Snapshot> CurrentAsync(VivierDb db, Func<CancellationToken, Task<Func<Mission, MatchTarget>>> compiler,
        CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(db, cancellationToken);
        if (current is { } fresh && IsCurrent(fresh, stamp))
        {
            return fresh;
        }
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (current is { } meanwhile && IsCurrent(meanwhile, stamp))
            {
                return meanwhile;
            }
            // New settings compile every target again; otherwise only the missions whose version moved.
            var kept = current is { } old && old.Stamp.SettingsAt == stamp.SettingsAt ? old.Entries : new Dictionary<long, Entry>();
            var built = new Snapshot(stamp, clock.GetUtcNow(), await RefreshAsync(db, kept, compiler, cancellationToken));
            current = built;
            return built;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private bool IsCurrent(Snapshot snapshot, Stamp stamp) => snapshot.Stamp == stamp && clock.GetUtcNow() - snapshot.CheckedAt < MaxAge;

    private async Task<Dictionary<long, Entry>> RefreshAsync(VivierDb db, IReadOnlyDictionary<long, Entry> kept,
        Func<CancellationToken, Task<Func<Mission, MatchTarget>>> compiler, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var versions = await db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Published && m.Deadline >= today)
            .Select(m => new { m.Id, m.Version }).ToListAsync(cancellationToken);
        var entries = new Dictionary<long, Entry>(versions.Count);
        var stale = new List<long>();
        foreach (var mission in versions)
        {
            if (kept.TryGetValue(mission.Id, out var entry) && entry.Version == mission.Version)
            {
                entries[mission.Id] = entry;
            }
            else
            {
                stale.Add(mission.Id);
            }
        }
        var compile = stale.Count > 0 ? await compiler(cancellationToken) : null;
        foreach (var chunk in stale.Chunk(ReadChunk))
        {
            var missions = await db.Missions.AsNoTracking().AsSplitQuery().Include(m => m.Themes).ThenInclude(t => t.Sectors)
                .Where(m => chunk.Contains(m.Id) && m.Status == MissionStatus.Published).ToListAsync(cancellationToken);
            foreach (var m in missions)
            {
                entries[m.Id] = new Entry(m.Version, new OpenMission(m.Id, m.Reference, m.Title, m.TitleEn, m.Kind, m.CountryCode, m.Deadline, m.PublishedAt), compile!(m));
            }
        }
        return entries;
    }

    private static async Task<Stamp> StampAsync(VivierDb db, CancellationToken cancellationToken) => new(
        await db.BoardVersions.Where(v => v.Id == BoardVersion.TheOne).Select(v => v.Value).SingleAsync(cancellationToken),
        await db.MatchingSettings.Select(s => s.ChangedAt).SingleOrDefaultAsync(cancellationToken),
        await db.MissionChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0);
}
