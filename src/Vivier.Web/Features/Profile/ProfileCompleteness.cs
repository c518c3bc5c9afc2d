namespace Vivier.Web.Features.Profile;

/// <summary>One task of the list at the top of /profil: its part, where it is filled in, and whether it is.</summary>
public sealed record ProfilePart(string Key, string Href, bool Done);

/// <summary>
/// How complete a profile is, part by part (the GOV.UK task list pattern): what recruiters need to
/// read an application — the CV, then each section of <see cref="ProfileSection.All"/>.
/// </summary>
public sealed record ProfileCompleteness(IReadOnlyList<ProfilePart> Parts)
{
    public int Done => Parts.Count(p => p.Done);

    public int Percent => Parts.Count == 0 ? 0 : Done * 100 / Parts.Count;

    /// <summary>The task list of a profile; the links carry the application one left to complete it, if any.</summary>
    public static ProfileCompleteness Of(ProfileDocument profile, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var back = Account.ReturnPath.Query(returnUrl);
        return new([
            new("Cv", "#cv", profile.Cv is not null),
            .. ProfileSection.All.Select(section => new ProfilePart(section.Key, section.Path + back, section.IsFilled(profile))),
        ]);
    }
}
