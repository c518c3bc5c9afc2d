using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Web.Infrastructure;

namespace Vivier.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignIn)]
public sealed class SignInModel(SignInManager<Person> signIn, SignInGuard guard, AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (guard.MustWait(Input.Email, out var wait))
        {
            RateLimiting.TooMany(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { ReturnUrl });
        }
        if (AuthApi.SignInRefusal(result) is { } refusal)
        {
            await guard.RefusedAsync(Input.Email, result);
            ModelState.AddModelError("", l[refusal]);
            return Page();
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, actorEmail: Input.Email);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/compte");
    }
}
