namespace Vivier.Web.Features.Profile;

/// <summary>
/// One part of the profile with its own page, /profil/{slug} (the GOV.UK task list pattern): what
/// its page shows, what saving it replaces in the stored profile — nothing else — and when it
/// counts as filled. The CV is a part too, on /profil itself; the gender, optional, never counts.
/// </summary>
public sealed class ProfileSection
{
    private readonly Func<ProfileDocument, ProfileDocument, ProfileDocument> merge;
    private readonly Func<ProfileDocument, bool> filled;

    private ProfileSection(string key, string slug, Func<ProfileDocument, ProfileDocument, ProfileDocument> merge, Func<ProfileDocument, bool> filled)
    {
        Key = key;
        Slug = slug;
        this.merge = merge;
        this.filled = filled;
    }

    /// <summary>The resources' name of the part ("ProfilePage.{Key}", "ProfilePage.Tasks.{Key}").</summary>
    public string Key { get; }

    /// <summary>The page's last segment, a public address: /profil/{Slug}.</summary>
    public string Slug { get; }

    public string Path => "/profil/" + Slug;

    public static IReadOnlyList<ProfileSection> All { get; } =
    [
        new("Identity", "identite",
            (stored, posted) => stored with
            {
                GivenName = posted.GivenName, FamilyName = posted.FamilyName, Phone = posted.Phone, ContactEmail = posted.ContactEmail,
                Nationalities = posted.Nationalities, ResidenceCountry = posted.ResidenceCountry, Gender = posted.Gender,
            },
            p => (p.Phone is { Length: > 0 } || p.ContactEmail is { Length: > 0 }) && p.Nationalities.Count > 0 && p.ResidenceCountry is not null),
        new("Languages", "langues", (stored, posted) => stored with { Languages = posted.Languages }, p => p.Languages.Count > 0),
        new("Expertise", "expertise",
            (stored, posted) => stored with
            {
                Themes = posted.Themes, Sectors = posted.Sectors, Skills = posted.Skills, YearsOfExperience = posted.YearsOfExperience,
                CountriesWorked = posted.CountriesWorked,
            },
            p => (p.Themes.Count > 0 || p.Sectors.Count > 0) && p.Skills.Count > 0),
        new("Employment", "parcours", (stored, posted) => stored with { Employment = posted.Employment, FrenchPublicEmployerSince = posted.FrenchPublicEmployerSince }, p => p.Employment.Count > 0),
        new("Education", "formation", (stored, posted) => stored with { Education = posted.Education }, p => p.Education.Count > 0),
        new("Availability", "disponibilite",
            (stored, posted) => stored with { AvailableFrom = posted.AvailableFrom, Pitch = posted.Pitch, TalentPool = posted.TalentPool },
            p => p.AvailableFrom is not null && p.Pitch is { Length: > 0 }),
    ];

    public static ProfileSection? Find(string? slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.Ordinal));

    /// <summary>1 for the first part, as "Partie 1 sur 6" reads it.</summary>
    public int Number => All.TakeWhile(s => s != this).Count() + 1;

    /// <summary>The part "Enregistrer et continuer" leads to; null after the last.</summary>
    public ProfileSection? Next => Number < All.Count ? All[Number] : null;

    /// <summary>The stored profile with this part as posted, at the version the page was read at (a change made meanwhile is refused, not overwritten).</summary>
    public ProfileDocument Merge(ProfileDocument stored, ProfileDocument posted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        return merge(stored, posted) with { Version = posted.Version };
    }

    public bool IsFilled(ProfileDocument profile) => filled(profile);
}
