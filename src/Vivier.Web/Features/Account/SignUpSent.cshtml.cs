namespace Vivier.Web.Features.Account;

[AllowAnonymous]
public sealed class SignUpSentModel : PageModel
{
    /// <summary>Carried to the resend page, so that a new mail leads back to the same place.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }
}
