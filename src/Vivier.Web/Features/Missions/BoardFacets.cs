using Vivier.Core.Search;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// The facet index of this instance, rebuilt when the database's <see cref="BoardVersion"/> has
/// moved since it was built: one small read per board view instead of a GROUP BY per facet over
/// every open mission, and counts that are exact from the first view after a change, whichever
/// instance or statement made it.
/// </summary>
public sealed class BoardFacets
{
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile FacetIndex? current;

    public async Task<FacetIndex> IndexAsync(VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await VersionAsync(db, cancellationToken);
        if (current is { } index && index.Version == version)
        {
            return index;
        }
        await rebuilding.WaitAsync(cancellationToken);
        try
        {
            // Another view may have rebuilt it meanwhile, at this version or a later one.
            version = await VersionAsync(db, cancellationToken);
            if (current is not { } built || built.Version != version)
            {
                current = built = await BuildAsync(db, version, cancellationToken);
            }
            return built;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    private static Task<long> VersionAsync(VivierDb db, CancellationToken cancellationToken) =>
        db.BoardVersions.Where(v => v.Id == BoardVersion.TheOne).Select(v => v.Value).SingleAsync(cancellationToken);

    /// <summary>
    /// Reads what the counts need, after the version: a change committed meanwhile is read with the
    /// older version and so rebuilt again at the next view, never the reverse (old rows, new version).
    /// </summary>
    private static async Task<FacetIndex> BuildAsync(VivierDb db, long version, CancellationToken cancellationToken)
    {
        var published = db.Missions.Where(m => m.Status == MissionStatus.Published);
        var missions = await published.OrderBy(m => m.Id)
            .Select(m => new FacetMission(m.Id, m.CountryCode, m.Kind, m.Deadline)).ToListAsync(cancellationToken);
        var themes = await db.Set<Dictionary<string, object>>("mission_themes")
            .Join(published, j => EF.Property<long>(j, "MissionId"), m => m.Id, (j, m) => new { m.Id, Code = EF.Property<string>(j, "ThemeCode") })
            .ToListAsync(cancellationToken);
        var sponsors = await db.Set<Dictionary<string, object>>("mission_sponsors")
            .Join(published, j => EF.Property<long>(j, "MissionId"), m => m.Id, (j, m) => new { m.Id, Sponsor = EF.Property<Guid>(j, "SponsorId") })
            .Join(db.Organisations, x => x.Sponsor, o => o.Id, (x, o) => new { x.Id, o.ShortName })
            .ToListAsync(cancellationToken);
        var labels = new BoardLabels(await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken),
            await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Code, cancellationToken));
        return new FacetIndex(version, missions, themes.Select(t => (t.Id, t.Code)), sponsors.Select(s => (s.Id, s.ShortName)), labels);
    }
}
