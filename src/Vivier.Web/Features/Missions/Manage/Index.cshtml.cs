using Vivier.Core.Search;

namespace Vivier.Web.Features.Missions.Manage;

/// <summary>Every mission, whatever its status, for staff.</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(VivierDb db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(string Reference, string Title, string CountryCode, MissionStatus Status, DateOnly Deadline);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public MissionStatus? Statut { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var missions = db.Missions.AsNoTracking();
        if (Statut is { } status)
        {
            missions = missions.Where(m => m.Status == status);
        }
        // Each typed word in the title (either language) through the French normaliser, or the whole text in the reference.
        missions = missions.WhereWords(Q, m => m.SearchTitle, m => m.Reference);
        Total = await missions.CountAsync(cancellationToken);
        Pager = Pager.Of(PageSize, Total, Request.Query);
        Rows = await missions.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Reference).Skip(Pager.Skip).Take(PageSize)
            .Select(m => new Row(m.Reference, m.Title, m.CountryCode, m.Status, m.Deadline)).ToListAsync(cancellationToken);
    }
}
