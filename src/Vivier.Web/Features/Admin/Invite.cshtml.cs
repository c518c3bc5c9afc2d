using Vivier.Web.Features.Account;

namespace Vivier.Web.Features.Admin;

/// <summary>
/// Invites staff, sponsor and partner users: the account exists without a password, and the
/// invitation mail's link lets the person choose one (which also confirms the address).
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class InviteModel(VivierDb db, UserManager<Person> users, PersonRoles personRoles, Mailer mailer, AuditTrail audit,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await personRoles.OrganisationsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await personRoles.OrganisationsAsync();
        if (!await personRoles.ValidateAsync(Input.Roles, Input.OrganisationId, ModelState))
        {
            return Page();
        }
        if (await users.FindByEmailAsync(Input.Email) is not null)
        {
            ModelState.AddModelError("Input.Email", l["Identity.DuplicateEmail"]);
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var person = new Person
        {
            UserName = Input.Email,
            Email = Input.Email,
            GivenName = Input.GivenName.Trim(),
            FamilyName = Input.FamilyName.Trim(),
            PreferredLanguage = Locale.Of(Input.Language),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(person);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }
            return Page();
        }
        await personRoles.SetAsync(person, Input.Roles, Input.OrganisationId);
        var token = await users.GeneratePasswordResetTokenAsync(person);
        mailer.Queue(person.Email, person.PreferredLanguage, "Invitation", person.GivenName,
            $"/mot-de-passe/nouveau?personne={person.Id}&code={AccountRegistration.Encode(token)}");
        audit.Record(AuditActions.Invited, null, string.Join(",", Input.Roles), personId: person.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Redirect($"/admin/personnes/{person.Id}?invited=true");
    }
}
