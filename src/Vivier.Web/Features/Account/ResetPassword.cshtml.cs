namespace Vivier.Web.Features.Account;

/// <summary>The link of the reset mail (and of an invitation) lands here; a new password ends every other session.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.PasswordReset)]
public sealed class ResetPasswordModel(UserManager<Person> users, Sessions sessions, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Personne { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var person = Personne is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountRegistration.Decode(Code);
        if (person is null || token is null)
        {
            ModelState.AddModelError("", l["Identity.InvalidToken"]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(person, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "" : "Input.Password", error.Description);
            }
            return Page();
        }
        // The reset link went to the address: following it proves the address too (invitations rely on this).
        if (!person.EmailConfirmed)
        {
            person.EmailConfirmed = true;
            await users.UpdateAsync(person);
        }
        await sessions.EndAllAsync(person.Id, "password-reset");
        await audit.RecordNowAsync(AuditActions.PasswordReset, actorId: person.Id, actorEmail: person.Email, personId: person.Id);
        return RedirectToPage("SignIn");
    }
}
