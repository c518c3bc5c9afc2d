using Microsoft.AspNetCore.Mvc.Rendering;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Directory;

/// <summary>/annuaire: deployed experts who opted in, by country and theme, a page at a time (?page=); staff, sponsors, partners and experts in post only.</summary>
[Authorize]
public sealed class IndexModel(ExpertDirectory directory, VivierDb db, CountryChoices countryChoices) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The page's entries; <see cref="Total"/> counts every entry the filters keep.</summary>
    public IReadOnlyList<DirectoryEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Countries { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public bool InPost { get; private set; }

    [BindProperty(SupportsGet = true, Name = "pays")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public string? Theme { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await directory.MayReadAsync(User, cancellationToken))
        {
            return Forbid();
        }
        InPost = User.IsInRole(Vivier.Core.Identity.Roles.Expert);
        // The experts in post who opted in are hundreds at most: read whole, shown a page at a time.
        var all = await directory.ListAsync(Country, Theme, cancellationToken);
        Total = all.Count;
        Pager = Pager.Of(PageSize, Total, Request.Query);
        Entries = [.. all.Skip(Pager.Skip).Take(PageSize)];
        Countries = await countryChoices.DeployedFirstAsync(cancellationToken);
        Themes = await db.Themes.AsNoTracking().OrderBy(t => t.NameFr).ToListAsync(cancellationToken);
        return Page();
    }
}
