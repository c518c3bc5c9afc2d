namespace Vivier.Web.Features.Account;

[AllowAnonymous]
public sealed class SignUpSentModel : PageModel
{
    public void OnGet()
    {
    }
}
