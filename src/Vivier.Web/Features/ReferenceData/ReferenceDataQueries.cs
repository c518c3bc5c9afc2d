namespace Vivier.Web.Features.ReferenceData;

/// <summary>Reference lists ordered by their name in the reader's language, by the database's French-aware collation.</summary>
internal static class ReferenceDataQueries
{
    public static IQueryable<T> OrderByName<T>(this IQueryable<T> items, Locale language) where T : class, IHasLocalizedName =>
        language.IsEnglish ? items.OrderBy(i => i.NameEn) : items.OrderBy(i => i.NameFr);

    public static Task<List<Theme>> ThemesAsync(VivierDb db, Locale language, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking().Include(t => t.Sectors).OrderByName(language).ToListAsync(cancellationToken);
}
