using System.Text.RegularExpressions;
using QRCoder;

namespace Vivier.Web.Features.Account;

/// <summary>Sets up an authenticator app (TOTP, RFC 6238): required for staff and sponsors.</summary>
[Authorize]
public sealed partial class TwoFactorSetupModel(UserManager<Person> users, SignInManager<Person> signIn, AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorCodeInput Input { get; set; } = new();

    public string FormattedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public bool Required => TwoFactorRequirement.NeedsSecondFactor(User);

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        await ShowKeyAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(person);
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", l["Account.WrongCode"]);
            await ShowKeyAsync(person);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(person, true);
        await OneTimeCodes.ConfirmAsync(users, person);
        // The code just given is a second factor: this session counts as one signed in with it.
        await signIn.SignInWithClaimsAsync(person, isPersistent: false, [new Claim("amr", "mfa")]);
        await audit.RecordNowAsync(AuditActions.TwoFactorEnabled);
        return RedirectToPage("Index", new { Message = "Account.TwoFactorEnabled" });
    }

    private async Task ShowKeyAsync(Person person)
    {
        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(person);
            // A new key renews the security stamp: this session takes the new one (the others end).
            await signIn.RefreshSignInAsync(person);
            key = await users.GetAuthenticatorKeyAsync(person) ?? "";
        }
        FormattedKey = string.Join(' ', Groups().Matches(key.ToLowerInvariant()).Select(m => m.Value));
        var uri = $"otpauth://totp/Vivier:{Uri.EscapeDataString(person.Email!)}?secret={key}&issuer=Vivier&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    [GeneratedRegex(".{1,4}")]
    private static partial Regex Groups();
}
