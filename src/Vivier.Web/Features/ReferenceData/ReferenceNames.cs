namespace Vivier.Web.Features.ReferenceData;

/// <summary>
/// A code shown by its name in the reader's language — a country, a language, a DAC sector, a
/// theme — wherever a page would otherwise print "ZM" or "pt"; an unknown code is shown as it is.
/// The reference tables are read once per process: they are the embedded lists, synchronised
/// before the first request is served, and never edited.
/// </summary>
public sealed class ReferenceNames(IServiceScopeFactory scopes)
{
    private sealed record Tables(
        IReadOnlyDictionary<string, IHasLocalizedName> Countries,
        IReadOnlyDictionary<string, IHasLocalizedName> Languages,
        IReadOnlyDictionary<string, IHasLocalizedName> Sectors,
        IReadOnlyDictionary<string, IHasLocalizedName> Themes);

    private Tables? tables;

    public string Country(string? code) => Name(Read().Countries, code);

    public string Language(string? code) => Name(Read().Languages, code);

    public string Sector(string? code) => Name(Read().Sectors, code);

    public string Theme(string? code) => Name(Read().Themes, code);

    private static string Name(IReadOnlyDictionary<string, IHasLocalizedName> names, string? code) =>
        code is null ? "" : names.TryGetValue(code.Trim(), out var item) ? item.Name() : code;

    private Tables Read()
    {
        // Two first readers may both load: the tables are equal and the last one kept is as good.
        if (tables is { } loaded)
        {
            return loaded;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        static Dictionary<string, IHasLocalizedName> ByCode<T>(IEnumerable<(string Code, T Item)> rows) where T : IHasLocalizedName =>
            rows.ToDictionary(r => r.Code, r => (IHasLocalizedName)r.Item, StringComparer.OrdinalIgnoreCase);
        return tables = new Tables(
            ByCode(db.Countries.AsNoTracking().AsEnumerable().Select(c => (c.Code, c))),
            ByCode(db.Languages.AsNoTracking().AsEnumerable().Select(l => (l.Code, l))),
            ByCode(db.Sectors.AsNoTracking().AsEnumerable().Select(s => (s.Code, s))),
            ByCode(db.Themes.AsNoTracking().AsEnumerable().Select(t => (t.Code, t))));
    }
}
