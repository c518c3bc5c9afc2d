namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements/nouveau: an organiser creates an event.</summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class NewModel(EventEditor editor, IStringLocalizer<SharedResource> l) : EventFormPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (e, refusals) = await editor.CreateAsync(Input.ToInput(), User.PersonId(), cancellationToken);
        if (e is not null && ModelState.IsValid)
        {
            return Redirect($"/gestion/evenements/{e.Id}");
        }
        ModelState.Show(refusals, l);
        return Page();
    }
}
