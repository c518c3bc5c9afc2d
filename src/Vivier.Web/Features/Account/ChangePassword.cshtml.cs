using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Web.Infrastructure;

namespace Vivier.Web.Features.Account;

/// <summary>A new password ends every other session; this one is renewed.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<Person> users, SignInManager<Person> signIn, AuditTrail audit) : PageModel
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
        await audit.RecordNowAsync(AuditActions.PasswordChanged);
        return RedirectToPage("Index", new { Message = "Account.PasswordChanged" });
    }
}
