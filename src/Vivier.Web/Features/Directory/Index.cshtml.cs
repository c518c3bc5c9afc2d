using Microsoft.AspNetCore.Mvc.Rendering;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Directory;

/// <summary>/annuaire: deployed experts who opted in, by country and theme; staff, sponsors, partners and experts in post only.</summary>
[Authorize]
public sealed class IndexModel(ExpertDirectory directory, VivierDb db, CountryChoices countryChoices) : PageModel
{
    public IReadOnlyList<DirectoryEntry> Entries { get; private set; } = [];
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
        Entries = await directory.ListAsync(Country, Theme, cancellationToken);
        Countries = await countryChoices.DeployedFirstAsync(cancellationToken);
        Themes = await db.Themes.AsNoTracking().OrderBy(t => t.NameFr).ToListAsync(cancellationToken);
        return Page();
    }
}
