using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vivier.Web.Features.Admin;

/// <summary>
/// The rules of who holds which role for whom, shared by the invitation and the edit pages:
/// known roles only, at least one, and a Sponsor or Partner speaks for an organisation of the
/// matching kind. A role change ends the person's sessions (new security stamp).
/// </summary>
public sealed class PersonRoles(VivierDb db, UserManager<Person> users, Sessions sessions, IStringLocalizer<SharedResource> l)
{
    public Task<List<Organisation>> OrganisationsAsync() => db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();

    public async Task<bool> ValidateAsync(IReadOnlyCollection<string> roles, Guid? organisationId, ModelStateDictionary modelState)
    {
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            modelState.AddModelError("Input.Roles", l["Validation.Roles"]);
        }
        var organisation = organisationId is { } id ? await db.Organisations.FindAsync(id) : null;
        if (organisationId is not null && organisation is null)
        {
            modelState.AddModelError("Input.OrganisationId", l["Validation.Organisation"]);
        }
        if (roles.Contains(Roles.Sponsor) && organisation?.Kind != OrganisationKind.Sponsor)
        {
            modelState.AddModelError("Input.OrganisationId", l["Validation.SponsorOrganisation"]);
        }
        else if (roles.Contains(Roles.Partner) && organisation?.Kind != OrganisationKind.HostInstitution)
        {
            modelState.AddModelError("Input.OrganisationId", l["Validation.PartnerOrganisation"]);
        }
        return modelState.IsValid;
    }

    public async Task SetAsync(Person person, IReadOnlyCollection<string> roles, Guid? organisationId)
    {
        var current = await users.GetRolesAsync(person);
        await users.RemoveFromRolesAsync(person, current.Except(roles));
        await users.AddToRolesAsync(person, roles.Except(current));
        person.OrganisationId = roles.Any(Roles.BelongingToAnOrganisation.Contains) ? organisationId : null;
        await users.UpdateAsync(person);
        await users.UpdateSecurityStampAsync(person);
        await sessions.EndAllAsync(person.Id, "roles-changed");
    }
}
