namespace Vivier.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignIn)]
public sealed class SignInModel(EvenSignInManager signIn, SignInGuard guard, AuditTrail audit, Passkeys passkeys,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The browser's answer to a passkey request, filled by the page's script.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

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
        return LocalRedirect(ReturnPath.AfterSignIn(ReturnUrl));
    }

    /// <summary>The request options the page's script hands to the browser: any passkey of this site, whoever's it is.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await passkeys.RequestOptionsAsync(null), "application/json");

    /// <summary>
    /// Signs in with a passkey instead of the address and password (and without the code step: the
    /// passkey is both factors). The password-attempt lock does not apply: a passkey cannot be guessed,
    /// and someone who made the password wait must not keep its owner out.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        ModelState.Clear();
        var person = await passkeys.VerifyAsync(CredentialJson, expected: null);
        var result = person is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.SignInWithPasskeyAsync(person);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l[AuthApi.SignInRefusal(result) is { } refusal && refusal != "Account.WrongCredentials" ? refusal : "Passkey.SignInFailed"]);
            return Page();
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, detail: "passkey", actorId: person!.Id, actorEmail: person.Email);
        return LocalRedirect(ReturnPath.AfterSignIn(ReturnUrl));
    }
}
