namespace Vivier.Web.Features.Missions;

/// <summary>Loads a mission with everything its detail page, its JSON-LD and the API show.</summary>
public static class MissionDetails
{
    public static Task<Mission?> FindAsync(VivierDb db, string reference, CancellationToken cancellationToken) =>
        db.Missions.AsNoTracking().AsSplitQuery()
            .Include(m => m.Country).Include(m => m.Sponsors).Include(m => m.Themes).ThenInclude(t => t.Sectors)
            .SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);

    /// <summary>What the public may see: published missions, and closed or filled ones as a record.</summary>
    public static bool IsPublic(Mission mission) =>
        mission.Status is MissionStatus.Published or MissionStatus.Closed or MissionStatus.Filled;
}
