namespace Vivier.Web.Features.ReferenceData;

/// <summary>The programme's themes and the DAC codes behind them: public, so candidates speak the same words.</summary>
[AllowAnonymous]
public sealed class IndexModel(VivierDb db) : PageModel
{
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public ReferenceDataFigures Figures { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Themes = await ReferenceDataQueries.ThemesAsync(db, Locale.Current, cancellationToken);
        Figures = await ReferenceDataFigures.CountAsync(db, cancellationToken);
    }
}
