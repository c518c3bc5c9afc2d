namespace Vivier.Web.Features.Account;

/// <summary>Signs out of this browser; anyone may post here (signing out twice is harmless).</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<Person> signIn, Sessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.FindPersonId() is { } me && Sessions.IdOf(User) is { } session)
        {
            await sessions.EndAsync(me, session, "signed-out");
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
