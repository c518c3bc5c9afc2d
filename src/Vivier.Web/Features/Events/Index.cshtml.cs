namespace Vivier.Web.Features.Events;

/// <summary>/evenements: the programme's events, coming ones first; public, as the events are announced publicly.</summary>
[AllowAnonymous]
public sealed class IndexModel(EventReads reads, TimeProvider clock) : PageModel
{
    public IReadOnlyList<EventView> Coming { get; private set; } = [];
    public IReadOnlyList<EventView> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Core.Missions.ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var all = await reads.ListAsync(cancellationToken);
        Coming = all.Where(e => e.EndDate >= today).OrderBy(e => e.StartDate).ToList();
        Past = all.Where(e => e.EndDate < today).ToList();
    }
}
