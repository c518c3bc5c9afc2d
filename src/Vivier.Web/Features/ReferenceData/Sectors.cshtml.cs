namespace Vivier.Web.Features.ReferenceData;

/// <summary>The OECD DAC purpose codes in use, by category, in code order as the DAC publishes them.</summary>
[AllowAnonymous]
public sealed class SectorsModel(VivierDb db) : PageModel
{
    private ILookup<string, Sector> sectorsByCategory = Enumerable.Empty<Sector>().ToLookup(s => s.CategoryCode);

    public IReadOnlyList<SectorCategory> Categories { get; private set; } = [];

    public IEnumerable<Sector> SectorsOf(SectorCategory category) => sectorsByCategory[category.Code];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sectors = await db.Sectors.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        sectorsByCategory = sectors.ToLookup(s => s.CategoryCode);
        var categories = await db.SectorCategories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        Categories = categories.Where(c => sectorsByCategory.Contains(c.Code)).ToList();
    }
}
