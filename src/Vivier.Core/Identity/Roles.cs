namespace Vivier.Core.Identity;

/// <summary>The roles a person can hold; several at once.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Recruiter = nameof(Recruiter);
    public const string ProgrammeManager = nameof(ProgrammeManager);
    public const string Sponsor = nameof(Sponsor);
    public const string Partner = nameof(Partner);
    public const string Expert = nameof(Expert);

    /// <summary>Agency staff: for [Authorize(Roles = Roles.Staff)].</summary>
    public const string Staff = $"{Recruiter},{ProgrammeManager},{Admin}";

    public static readonly string[] All = [Admin, Recruiter, ProgrammeManager, Sponsor, Partner, Expert];

    /// <summary>Roles that must sign in with a second factor: they see what others must not.</summary>
    public static readonly string[] RequiringTwoFactor = [Admin, Recruiter, ProgrammeManager, Sponsor];

    /// <summary>Roles that speak for an organisation and see only what concerns it.</summary>
    public static readonly string[] BelongingToAnOrganisation = [Sponsor, Partner];
}
