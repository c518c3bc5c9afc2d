namespace Vivier.Web.Features.Home;

/// <summary>What Vivier is, and for each kind of visitor, what they come for.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    /// <summary>Resource key stems of the role cards, in the order a visitor meets them.</summary>
    public static readonly string[] Audiences = ["Candidates", "Experts", "Recruiters", "ProgrammeManagers", "Sponsors", "Partners"];

    public HomeFigures Figures { get; private set; } = new(0, 0, 0, 0);

    /// <summary>The four figures in one round trip rather than four (columns named as the snake-case convention maps the record).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await db.Database.SqlQueryRaw<HomeFigures>("""
            SELECT (SELECT count(*) FROM countries) AS countries, (SELECT count(*) FROM sectors WHERE is_active) AS sectors,
                   (SELECT count(*) FROM themes) AS themes, (SELECT count(*) FROM languages) AS languages
            """).SingleAsync(cancellationToken);
}

/// <summary>How much reference data Vivier holds, as the home page shows it.</summary>
public sealed record HomeFigures(long Countries, long Sectors, long Themes, long Languages);
