namespace Vivier.Web.Features.ReferenceData;

/// <summary>The programme's themes and the DAC codes behind them: public, so candidates speak the same words.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public int CountryCount { get; private set; }
    public int SectorCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Themes = await ReferenceDataQueries.ThemesAsync(db, Locale.Current, cancellationToken);
        CountryCount = await db.Countries.CountAsync(cancellationToken);
        SectorCount = await db.Sectors.CountAsync(s => s.IsActive, cancellationToken);
    }
}
