using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Account;

/// <summary>Who a person is: asked at sign-up and when an admin invites someone. Messages are resource keys.</summary>
public class PersonInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.GivenName")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.FamilyName")]
    public string FamilyName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

}

/// <summary>What a person gives to sign up, on the page or through the API.</summary>
public class SignUpInput : PersonInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Validation.PrivacyConsent")]
    [Display(Name = "Account.AcceptPrivacy")]
    public bool AcceptPrivacyNotice { get; set; }
}

/// <summary>POST /api/v1/auth/register: the sign-up fields, validated as the page does, and the language of the mails.</summary>
public sealed class RegisterRequest : SignUpInput
{
    /// <summary>"fr" (default) or "en".</summary>
    [Locale] public string? Language { get; set; }
}

public sealed record LoginRequest(string Email, string Password, string? TwoFactorCode);

public sealed record RefreshRequest(string RefreshToken);

public sealed record MeDto(Guid Id, string Email, string GivenName, string FamilyName, string Language, IReadOnlyList<string> Roles, Guid? OrganisationId);
