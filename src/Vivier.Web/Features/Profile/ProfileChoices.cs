namespace Vivier.Web.Features.Profile;

/// <summary>What the profile's fields offer to choose from, named and sorted in the reader's language; loaded only for the parts a page shows.</summary>
public sealed class ProfileChoices
{
    public IReadOnlyList<Country> Countries { get; private init; } = [];
    public IReadOnlyList<Language> Languages { get; private init; } = [];
    public IReadOnlyList<Theme> Themes { get; private init; } = [];
    public IReadOnlyList<Sector> Sectors { get; private init; } = [];
    public IReadOnlyList<string> SkillSuggestions { get; private init; } = [];

    public static async Task<ProfileChoices> LoadAsync(VivierDb db, IReadOnlyCollection<ProfileSection> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(shown);
        var byName = StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true);
        bool Shows(string key) => shown.Any(s => s.Key == key);
        var expertise = Shows("Expertise");
        // Every part but the languages has a country to pick (nationality, countries worked, employer's, school's).
        return new ProfileChoices
        {
            Countries = shown.Any(s => s.Key != "Languages" && s.Key != "Availability")
                ? (await db.Countries.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Name(), byName).ToList() : [],
            Languages = Shows("Languages") ? (await db.Languages.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Name(), byName).ToList() : [],
            Themes = expertise ? (await db.Themes.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(t => t.Name(), byName).ToList() : [],
            Sectors = expertise ? await db.Sectors.AsNoTracking().Include(s => s.Category).Where(s => s.IsActive).OrderBy(s => s.Code).ToListAsync(cancellationToken) : [],
            SkillSuggestions = expertise ? await SkillSuggestionsAsync(db, cancellationToken) : [],
        };
    }

    /// <summary>The skills other candidates already use (the lists are JSON; read and tallied here).</summary>
    private static async Task<IReadOnlyList<string>> SkillSuggestionsAsync(VivierDb db, CancellationToken cancellationToken) =>
        (await db.CandidateProfiles.AsNoTracking().OrderByDescending(p => p.UpdatedAt).Take(500).Select(p => p.Skills).ToListAsync(cancellationToken))
            .SelectMany(s => s).GroupBy(s => s, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Take(200).Select(g => g.Key).ToList();
}
