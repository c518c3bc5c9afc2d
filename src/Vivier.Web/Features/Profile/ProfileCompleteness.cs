namespace Vivier.Web.Features.Profile;

/// <summary>One part of the profile, as the task list at the top of /profil shows it: its anchor on the page, and whether it is filled.</summary>
public sealed record ProfilePart(string Key, string Anchor, bool Done);

/// <summary>
/// How complete a profile is, part by part (the GOV.UK task list pattern): what recruiters need to
/// read an application — the CV, how to reach the person, languages, expertise, career, education,
/// availability and pitch. The gender, optional, never counts.
/// </summary>
public sealed record ProfileCompleteness(IReadOnlyList<ProfilePart> Parts)
{
    public int Done => Parts.Count(p => p.Done);

    public int Percent => Parts.Count == 0 ? 0 : Done * 100 / Parts.Count;

    public static ProfileCompleteness Of(ProfileDocument profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new([
            new("Cv", "cv", profile.Cv is not null),
            new("Identity", "identity", (profile.Phone is { Length: > 0 } || profile.ContactEmail is { Length: > 0 }) && profile.Nationalities.Count > 0 && profile.ResidenceCountry is not null),
            new("Languages", "languages", profile.Languages.Count > 0),
            new("Expertise", "expertise", (profile.Themes.Count > 0 || profile.Sectors.Count > 0) && profile.Skills.Count > 0),
            new("Employment", "employment", profile.Employment.Count > 0),
            new("Education", "education", profile.Education.Count > 0),
            new("Availability", "availability", profile.AvailableFrom is not null && profile.Pitch is { Length: > 0 }),
        ]);
    }
}
