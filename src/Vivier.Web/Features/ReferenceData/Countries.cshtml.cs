namespace Vivier.Web.Features.ReferenceData;

/// <summary>Countries and territories by continent, named and sorted in the reader's language.</summary>
[AllowAnonymous]
public sealed class CountriesModel(VivierDb db) : PageModel
{
    public IReadOnlyList<IGrouping<Continent, Country>> ByContinent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().OrderByName(Locale.Current).ToListAsync(cancellationToken);
        ByContinent = countries.GroupBy(c => c.Continent).OrderBy(g => g.Key).ToList();
    }
}
