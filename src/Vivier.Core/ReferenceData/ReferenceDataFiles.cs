namespace Vivier.Core.ReferenceData;

/// <summary>
/// Reads the reference data files embedded in this assembly (ReferenceData/Data/*.tsv). They are
/// produced by eng/refdata/generate.mjs from public sources, except themes.tsv, which the programme
/// writes by hand. <see cref="ReferenceDataSync"/> loads them into the database after each migration.
/// </summary>
public static class ReferenceDataFiles
{
    public static IReadOnlyList<Country> Countries() => Rows("countries.tsv", r => new Country
    {
        Code = r[0],
        Alpha3 = r[1],
        Numeric = r[2],
        NameFr = r[3],
        NameEn = r[4],
        Continent = ContinentCodes.Parse(r[5]),
        IsFrenchOverseas = r[6] == "1",
    });

    public static IReadOnlyList<Language> Languages() => Rows("languages.tsv", r => new Language
    {
        Code = r[0],
        NameFr = r[1],
        NameEn = r[2],
    });

    public static IReadOnlyList<SectorCategory> SectorCategories() => Rows("sector-categories.tsv", r => new SectorCategory
    {
        Code = r[0],
        NameFr = r[1],
        NameEn = r[2],
        IsActive = r[3] == "1",
    });

    public static IReadOnlyList<Sector> Sectors() => Rows("sectors.tsv", r => new Sector
    {
        Code = r[0],
        CategoryCode = r[1],
        NameFr = r[2],
        NameEn = r[3],
        IsActive = r[4] == "1",
    });

    public static IReadOnlyList<Theme> Themes() => Rows("themes.tsv", r => new Theme
    {
        Code = r[0],
        NameFr = r[1],
        NameEn = r[2],
    });

    /// <summary>Theme code → the DAC purpose codes it covers.</summary>
    public static IReadOnlyList<(string Theme, string Sector)> ThemeSectors() =>
        Rows("themes.tsv", r => r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(code => (r[0], code)))
            .SelectMany(pairs => pairs)
            .ToList();

    private static List<T> Rows<T>(string file, Func<string[], T> map)
    {
        using var stream = typeof(ReferenceDataFiles).Assembly.GetManifestResourceStream($"Vivier.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{file} is empty.");
        var width = header.Split('\t').Length;
        var rows = new List<T>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != width)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{file}, line {rows.Count + 2}: {cells.Length} cells where the header has {width}."));
            }
            rows.Add(map(cells));
        }
        return rows;
    }
}
