using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Missions.Manage;

/// <summary>A new mission starts as a draft.</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class NewModel(VivierDb db, MissionEditor editor, CountryChoices countryChoices, IStringLocalizer<SharedResource> l) : MissionFormModel(db, countryChoices, l)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Languages = "fr:C1";
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (mission, refusals) = await editor.CreateAsync(Input, cancellationToken);
            if (mission is not null)
            {
                return Redirect($"/gestion/missions/{mission.Reference}?enregistree=true");
            }
            AddRefusals(refusals);
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
