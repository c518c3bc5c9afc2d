using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Account;

/// <summary>A new passkey: the browser's answer (JSON, filled by the page's script) and a name to tell it from others.</summary>
public sealed class PasskeyInput
{
    [StringLength(Passkeys.MaxName, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Passkey.Name")]
    public string? Name { get; set; }

    public string? CredentialJson { get; set; }
}
