using Microsoft.AspNetCore.Identity;

namespace Vivier.Core.Identity;

/// <summary>
/// Someone with an account. Every signed-up person is an Expert (a candidate until deployed);
/// staff, sponsors and partners are invited, and the last two speak for an organisation.
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    /// <summary>"fr" or "en": the language of the mails Vivier sends this person.</summary>
    public string PreferredLanguage { get; set; } = "fr";
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When and to which wording of the privacy notice the person agreed at sign-up.</summary>
    public DateTime? PrivacyConsentAt { get; set; }
    public string? PrivacyConsentVersion { get; set; }
    /// <summary>Demo accounts are not forced to set up two-factor authentication.</summary>
    public bool IsDemo { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
