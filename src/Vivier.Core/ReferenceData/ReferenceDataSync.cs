namespace Vivier.Core.ReferenceData;

/// <summary>
/// Brings the reference tables in line with the files embedded in this assembly: adds what is
/// missing, updates names and flags that changed, removes nothing (old records may still point at a
/// withdrawn code, which the files keep and flag). Run after migrating, by the instance that
/// migrates. The data lives here rather than in the migrations: there, every migration's generated
/// model snapshot would carry all of it again.
/// </summary>
public static class ReferenceDataSync
{
    public static async Task SyncAsync(VivierDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MergeAsync(db.Countries, ReferenceDataFiles.Countries(), c => c.Code, (to, from) =>
        {
            (to.Alpha3, to.Numeric, to.NameFr, to.NameEn) = (from.Alpha3, from.Numeric, from.NameFr, from.NameEn);
            (to.Continent, to.IsFrenchOverseas) = (from.Continent, from.IsFrenchOverseas);
        }, cancellationToken);
        await MergeAsync(db.Languages, ReferenceDataFiles.Languages(), l => l.Code, (to, from) => (to.NameFr, to.NameEn) = (from.NameFr, from.NameEn),
            cancellationToken);
        await MergeAsync(db.SectorCategories, ReferenceDataFiles.SectorCategories(), c => c.Code,
            (to, from) => (to.NameFr, to.NameEn, to.IsActive) = (from.NameFr, from.NameEn, from.IsActive), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MergeAsync(db.Sectors, ReferenceDataFiles.Sectors(), s => s.Code,
            (to, from) => (to.CategoryCode, to.NameFr, to.NameEn, to.IsActive) = (from.CategoryCode, from.NameFr, from.NameEn, from.IsActive),
            cancellationToken);
        await MergeAsync(db.Themes, ReferenceDataFiles.Themes(), t => t.Code, (to, from) => (to.NameFr, to.NameEn) = (from.NameFr, from.NameEn),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var mapping = ReferenceDataFiles.ThemeSectors().ToLookup(p => p.Theme, p => p.Sector);
        var sectors = await db.Sectors.ToDictionaryAsync(s => s.Code, cancellationToken);
        foreach (var theme in await db.Themes.Include(t => t.Sectors).ToListAsync(cancellationToken))
        {
            var wanted = mapping[theme.Code].ToHashSet(StringComparer.Ordinal);
            theme.Sectors.RemoveAll(s => !wanted.Contains(s.Code));
            theme.Sectors.AddRange(wanted.Where(code => theme.Sectors.All(s => s.Code != code)).Select(code => sectors[code]));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task MergeAsync<T>(DbSet<T> table, IEnumerable<T> rows, Func<T, string> key, Action<T, T> copy,
        CancellationToken cancellationToken) where T : class
    {
        var existing = (await table.ToListAsync(cancellationToken)).ToDictionary(key, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(key(row), out var current))
            {
                copy(current, row);
            }
            else
            {
                table.Add(row);
            }
        }
    }
}
