using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Admin;

public sealed class InviteInput
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

    [Display(Name = "Account.Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Account.Organisation")]
    public Guid? OrganisationId { get; set; }

    /// <summary>"fr" or "en": the language of the invitation and later mails.</summary>
    public string Language { get; set; } = "fr";
}
