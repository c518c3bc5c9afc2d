namespace Vivier.Web.Features.ReferenceData;

/// <summary>Reference lists ordered by their name in the reader's language, by the database's French-aware collation.</summary>
internal static class ReferenceDataQueries
{
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static IQueryable<T> OrderByName<T>(this IQueryable<T> items, CultureInfo culture) where T : class, IHasLocalizedName =>
        IsEnglish(culture) ? items.OrderBy(i => i.NameEn) : items.OrderBy(i => i.NameFr);

    public static Task<List<Theme>> ThemesAsync(VivierDb db, CultureInfo culture, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking().Include(t => t.Sectors).OrderByName(culture).ToListAsync(cancellationToken);
}
