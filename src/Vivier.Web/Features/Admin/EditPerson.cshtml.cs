namespace Vivier.Web.Features.Admin;

/// <summary>An account's roles and organisation. Saving ends the person's open sessions.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class EditPersonModel(VivierDb db, UserManager<Person> users, PersonRoles personRoles, AuditTrail audit) : PageModel
{
    public sealed class RolesInput
    {
        public List<string> Roles { get; set; } = [];
        public Guid? OrganisationId { get; set; }
    }

    [BindProperty]
    public RolesInput Input { get; set; } = new();

    public Person Person { get; private set; } = null!;
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new RolesInput { Roles = [.. await users.GetRolesAsync(Person)], OrganisationId = Person.OrganisationId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!await personRoles.ValidateAsync(Input.Roles, Input.OrganisationId, ModelState))
        {
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = string.Join(",", (await users.GetRolesAsync(Person)).Order(StringComparer.Ordinal));
        await personRoles.SetAsync(Person, Input.Roles, Input.OrganisationId);
        audit.Record(AuditActions.RolesChanged, null, $"{before} → {string.Join(",", Input.Roles.Order(StringComparer.Ordinal))}", personId: Person.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Redirect($"/admin/personnes/{id}?saved=true");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Organisations = await personRoles.OrganisationsAsync();
        Person = (await users.FindByIdAsync(id.ToString()))!;
        return Person is not null;
    }
}
