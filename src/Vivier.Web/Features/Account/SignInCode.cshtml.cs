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

/// <summary>The second step of signing in, for accounts with an authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignIn)]
public sealed class SignInCodeModel(SignInManager<Person> signIn, SignInGuard guard, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (guard.MustWait(person.Email!, out var wait))
        {
            RateLimiting.TooMany(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (AuthApi.SignInRefusal(result) is { } refusal)
        {
            await guard.RefusedAsync(person.Email!, result, "two-factor", person.Id);
            ModelState.AddModelError("Input.Code", l[refusal == "Account.WrongCredentials" ? "Account.WrongCode" : refusal]);
            return Page();
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, detail: "two-factor", actorId: person.Id, actorEmail: person.Email);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/compte");
    }
}
