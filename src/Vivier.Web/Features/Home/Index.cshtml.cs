namespace Vivier.Web.Features.Home;

/// <summary>What Vivier is, and for each kind of visitor, what they come for.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    /// <summary>Resource key stems of the role cards, in the order a visitor meets them.</summary>
    public static readonly string[] Audiences = ["Candidates", "Experts", "Recruiters", "ProgrammeManagers", "Sponsors", "Partners"];

    public ReferenceDataFigures Figures { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await ReferenceDataFigures.CountAsync(db, cancellationToken);
}
