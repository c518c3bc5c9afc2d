namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements: the organisers' list of events.</summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class IndexModel(EventReads reads) : PageModel
{
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Events = await reads.ListAsync(cancellationToken);
}
