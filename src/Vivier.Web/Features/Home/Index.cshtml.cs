namespace Vivier.Web.Features.Home;

/// <summary>What Vivier is, and for each kind of visitor, what they come for.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    /// <summary>Resource key stems of the role cards, in the order a visitor meets them.</summary>
    public static readonly string[] Audiences = ["Candidates", "Experts", "Recruiters", "ProgrammeManagers", "Sponsors", "Partners"];

    public int Countries { get; private set; }
    public int Sectors { get; private set; }
    public int Themes { get; private set; }
    public int Languages { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await db.Countries.CountAsync(cancellationToken);
        Sectors = await db.Sectors.CountAsync(s => s.IsActive, cancellationToken);
        Themes = await db.Themes.CountAsync(cancellationToken);
        Languages = await db.Languages.CountAsync(cancellationToken);
    }
}
