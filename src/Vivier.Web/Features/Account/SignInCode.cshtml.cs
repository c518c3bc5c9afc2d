namespace Vivier.Web.Features.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the account's passkeys.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignIn)]
public sealed class SignInCodeModel(EvenSignInManager signIn, SignInGuard guard, AuditTrail audit, Passkeys passkeys, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The browser's answer to a passkey request, filled by the page's script.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    /// <summary>What the account offers as its second factor.</summary>
    public bool OffersCode { get; private set; } = true;
    public bool OffersPasskey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } person)
        {
            return RedirectToPage("SignIn");
        }
        await ReadFactorsAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToPage("SignIn");
        }
        await ReadFactorsAsync(person);
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
        // A key the set-up page made but no code ever confirmed is not a factor of the account.
        var result = OffersCode ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (AuthApi.SignInRefusal(result) is { } refusal)
        {
            await guard.RefusedAsync(person.Email!, result, "two-factor", person.Id);
            ModelState.AddModelError("Input.Code", l[refusal == "Account.WrongCredentials" ? "Account.WrongCode" : refusal]);
            return Page();
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, detail: "two-factor", actorId: person.Id, actorEmail: person.Email);
        return LocalRedirect(ReturnPath.AfterSignIn(ReturnUrl));
    }

    /// <summary>Request options for the passkeys of the person who gave their password on the step before, only theirs.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { } person
            ? Content(await passkeys.RequestOptionsAsync(person), "application/json")
            : RedirectToPage("SignIn");

    /// <summary>The second step with a passkey: it must be the passkey of the person whose password was given.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } person)
        {
            return RedirectToPage("SignIn");
        }
        ModelState.Clear();
        await ReadFactorsAsync(person);
        var verified = await passkeys.VerifyAsync(CredentialJson, expected: person);
        var result = verified is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.SignInWithPasskeyAsync(verified);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l[AuthApi.SignInRefusal(result) is { } refusal && refusal != "Account.WrongCredentials" ? refusal : "Passkey.SignInFailed"]);
            return Page();
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, detail: "two-factor-passkey", actorId: person.Id, actorEmail: person.Email);
        return LocalRedirect(ReturnPath.AfterSignIn(ReturnUrl));
    }

    private async Task ReadFactorsAsync(Person person)
    {
        OffersPasskey = (await signIn.UserManager.GetPasskeysAsync(person)).Count > 0;
        OffersCode = !OffersPasskey || await OneTimeCodes.InUseAsync(signIn.UserManager, person);
    }
}
