using System.Buffers.Text;

namespace Vivier.Web.Features.Account;

/// <summary>One's passkeys: listed, added (the browser makes the key), removed. Open to every account.</summary>
[Authorize]
public sealed class PasskeysModel(UserManager<Person> users, Passkeys passkeys, EvenSignInManager signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PasskeyInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    public IList<UserPasskeyInfo> Keys { get; private set; } = [];
    public bool Required => TwoFactorRequirement.NeedsSecondFactor(User);

    /// <summary>A credential id as it travels in a form: base64url.</summary>
    public static string IdOf(UserPasskeyInfo passkey) => Base64Url.EncodeToString(passkey?.CredentialId);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        Message = Message is "Passkey.Added" or "Passkey.Removed" ? Message : null;
        Keys = await passkeys.ListAsync(person);
        return Page();
    }

    /// <summary>The creation options the page's script hands to the browser.</summary>
    public async Task<IActionResult> OnPostOptionsAsync() =>
        await users.GetUserAsync(User) is { } person ? Content(await passkeys.CreationOptionsAsync(person), "application/json") : Challenge();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await users.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var added = await passkeys.AddAsync(person, Input.CredentialJson, Input.Name);
            if (added.Refusal is null)
            {
                // As when an app is set up: the factor just proven makes this session one signed in with a second factor
                // (and carries the account's new security stamp, when the second factor has just been turned on).
                await signIn.SignInWithClaimsAsync(person, isPersistent: false, [new System.Security.Claims.Claim("amr", "mfa")]);
                return RedirectToPage(new { Message = "Passkey.Added" });
            }
            ModelState.AddModelError("", l[added.Refusal]);
        }
        Keys = await passkeys.ListAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        if (await users.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        var removed = id is { Length: > 0 and <= 2048 } && Base64Url.IsValid(id) && await passkeys.RemoveAsync(person, Base64Url.DecodeFromChars(id));
        if (!removed)
        {
            return NotFound();
        }
        // Turning the second factor off renews the security stamp: this session takes the new one.
        await signIn.RefreshSignInAsync(person);
        return RedirectToPage(new { Message = "Passkey.Removed" });
    }
}
