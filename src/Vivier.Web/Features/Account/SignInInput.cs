using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(254, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = "";
}

public sealed class TwoFactorCodeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Validation.TwoFactorCode")]
    [Display(Name = "Account.TwoFactorCode")]
    public string Code { get; set; } = "";
}
