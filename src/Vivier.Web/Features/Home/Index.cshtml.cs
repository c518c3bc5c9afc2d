using Vivier.Web.Features.Missions;

namespace Vivier.Web.Features.Home;

/// <summary>
/// The way in: a search over the open missions, the latest of them, the next event; then, for
/// each kind of visitor, what they come for.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(MissionBoard board, VivierDb db, TimeProvider clock) : PageModel
{
    public const int LatestCount = 6;

    /// <summary>Resource key stems of the role cards, in the order a visitor meets them.</summary>
    public static readonly string[] Audiences = ["Candidates", "Experts", "Recruiters", "ProgrammeManagers", "Sponsors", "Partners"];

    public BoardPage Latest { get; private set; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
    public Core.Events.Event? NextEvent { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await board.SearchAsync(new BoardQuery(Sort: BoardSort.Recent, PageSize: LatestCount), withFacets: false, cancellationToken);
        var today = Core.Missions.ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        NextEvent = await db.Events.AsNoTracking().Where(e => e.EndDate >= today).OrderBy(e => e.StartDate).FirstOrDefaultAsync(cancellationToken);
    }
}
