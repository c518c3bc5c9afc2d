namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements/{id}: an organiser edits the event (version checked) and sees its programme with the seats taken.</summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class EditModel(VivierDb db, EventEditor editor, EventReads reads, IStringLocalizer<SharedResource> l) : EventFormPage
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    [BindProperty] public int Version { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = EventForm.Of(Event);
        Version = Event.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // The version the organiser read: a change saved since then is not silently overwritten.
        db.Entry(Event).Property(e => e.Version).OriginalValue = Version;
        var refusals = await editor.UpdateAsync(Event, Input.ToInput(), cancellationToken);
        if (refusals.Count == 0 && ModelState.IsValid)
        {
            return Redirect($"/gestion/evenements/{id}?saved=true");
        }
        ModelState.Show(refusals, l);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        Sessions = await reads.SessionsAsync(id, cancellationToken);
        return true;
    }
}
