using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vivier.Core.Identity;

namespace Vivier.Web.Features.Account;

/// <summary>Signs out of this browser; anyone may post here (signing out twice is harmless).</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<Person> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
