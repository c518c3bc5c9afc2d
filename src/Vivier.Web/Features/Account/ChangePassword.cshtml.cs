namespace Vivier.Web.Features.Account;

/// <summary>A new password ends every other session; this one is renewed.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<Person> users, SignInManager<Person> signIn, Sessions sessions, AuditTrail audit) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(person, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(person);
        // The new security stamp has ended the others already; the list says so.
        await sessions.EndAllAsync(person.Id, "password-changed", keep: Sessions.IdOf(User));
        await audit.RecordNowAsync(AuditActions.PasswordChanged);
        return RedirectToPage("Index", new { Message = "Account.PasswordChanged" });
    }
}
