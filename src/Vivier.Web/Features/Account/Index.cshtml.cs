using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Web.Infrastructure;

namespace Vivier.Web.Features.Account;

/// <summary>Who I am for Vivier, and my account's security.</summary>
[Authorize]
public sealed class IndexModel(UserManager<Person> users, SignInManager<Person> signIn, AuditTrail audit) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IList<string> Roles { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var id = Guid.Parse(users.GetUserId(User)!);
        Person = await users.Users.Include(p => p.Organisation).SingleAsync(p => p.Id == id);
        Roles = await users.GetRolesAsync(Person);
        Message = Message is "Account.PasswordChanged" or "Account.TwoFactorEnabled" ? Message : null;
    }

    /// <summary>A new security stamp: every cookie and token issued before, here or elsewhere, stops working.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is not null)
        {
            await users.UpdateSecurityStampAsync(person);
            await audit.RecordNowAsync(AuditActions.SignedOutEverywhere);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/connexion");
    }
}
