using Microsoft.AspNetCore.Identity;
using Vivier.Core.Search;

namespace Vivier.Core.Identity;

/// <summary>
/// Someone with an account. Every signed-up person is an Expert (a candidate until deployed);
/// staff, sponsors and partners are invited, and the last two speak for an organisation.
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    // EF reads and writes the fields, so a loaded person keeps its stored search name.
    private string givenName = "";
    private string familyName = "";

    public required string GivenName
    {
        get => givenName;
        set => (givenName, SearchName) = (value, FrenchText.ForIndex(value, familyName));
    }

    public required string FamilyName
    {
        get => familyName;
        set => (familyName, SearchName) = (value, FrenchText.ForIndex(givenName, value));
    }

    /// <summary>The names through the French normaliser, which every name search reads (<see cref="NameSearch"/>).</summary>
    public string SearchName { get; private set; } = "";
    /// <summary>The language of the mails Vivier sends this person (stored as "fr" or "en").</summary>
    public Locale PreferredLanguage { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The latest sign-in (null: never): with the profile's changes and the applications, the "last contact" retention counts from.</summary>
    public DateTime? LastSignInAt { get; set; }
    /// <summary>When and to which wording of the privacy notice the person agreed at sign-up.</summary>
    public DateTime? PrivacyConsentAt { get; set; }
    public string? PrivacyConsentVersion { get; set; }
    /// <summary>Since when the person objects to being suggested to recruiters (GDPR article 21); null: they do not.</summary>
    public DateTime? ObjectsToSuggestionsSince { get; set; }
    /// <summary>
    /// When the person was erased (<see cref="Privacy.Erasure"/>): the row stays, without names,
    /// contacts or any way to sign in, so that the deployments the figures count still have someone to belong to.
    /// </summary>
    public DateTime? ErasedAt { get; set; }
    /// <summary>Demo accounts are not forced to set up two-factor authentication.</summary>
    public bool IsDemo { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Computes the search name again, for rows written before it existed.</summary>
    public void RefreshSearchName() => SearchName = FrenchText.ForIndex(givenName, familyName);
}
