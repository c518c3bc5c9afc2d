namespace Vivier.Web.Features.Home;

/// <summary>What Vivier is, and for each kind of visitor, what they come for.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    /// <summary>Resource key stems of the role cards, in the order a visitor meets them.</summary>
    public static readonly string[] Audiences = ["Candidates", "Experts", "Recruiters", "ProgrammeManagers", "Sponsors", "Partners"];

    public HomeFigures Figures { get; private set; } = new(0, 0, 0, 0);

    /// <summary>The four figures in one round trip rather than four (the outer row is any country's, for the subqueries to stand on).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await db.Countries.Select(_ => new HomeFigures(db.Countries.Count(), db.Sectors.Count(s => s.IsActive), db.Themes.Count(), db.Languages.Count()))
            .FirstOrDefaultAsync(cancellationToken) ?? new HomeFigures(0, 0, 0, 0);
}

/// <summary>How much reference data Vivier holds, as the home page shows it.</summary>
public sealed record HomeFigures(int Countries, int Sectors, int Themes, int Languages);
