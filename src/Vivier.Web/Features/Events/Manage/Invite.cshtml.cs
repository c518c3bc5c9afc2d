namespace Vivier.Web.Features.Events.Manage;

/// <summary>
/// /gestion/evenements/{id}/invitations: the organiser picks a list (everyone in post on a day, the
/// first-time departees leaving in a period, the partners, the sponsors), sees how many people it
/// names and how many are not invited yet, then sends the invitations through the outbox.
/// </summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class InviteModel(VivierDb db, Invitations invitations, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public int Invited { get; private set; }
    /// <summary>How many the chosen list names, and how many of them are not invited yet.</summary>
    public (int Named, int New)? Preview { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }
    [BindProperty(SupportsGet = true)] public int? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Source is not null && Read() is { } asked)
        {
            var people = invitations.People(asked.Source, asked.From, asked.Until);
            Preview = (await people.CountAsync(cancellationToken), await people.CountAsync(p => !db.Invitations.Any(i => i.EventId == id && i.PersonId == p), cancellationToken));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Read() is not { } asked)
        {
            return Page();
        }
        var sent = await invitations.InviteAsync(Event, asked.Source, asked.From, asked.Until, User.PersonId(), cancellationToken);
        return Redirect($"/gestion/evenements/{id}/invitations?sent={sent}");
    }

    private (InvitationSource Source, DateOnly From, DateOnly Until)? Read()
    {
        if (!QueryValue.TryName<InvitationSource>(Source ?? "", out var source))
        {
            ModelState.AddModelError(nameof(Source), l["Events.Invite.Source.Required"]);
            return null;
        }
        var today = ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var from = today;
        if (!string.IsNullOrWhiteSpace(From) && !QueryValue.TryDay(From, out from))
        {
            ModelState.AddModelError(nameof(From), l["Events.Date.Invalid"]);
        }
        var until = from.AddMonths(6);
        if (!string.IsNullOrWhiteSpace(Until) && !QueryValue.TryDay(Until, out until))
        {
            ModelState.AddModelError(nameof(Until), l["Events.Date.Invalid"]);
        }
        else if (until < from)
        {
            ModelState.AddModelError(nameof(Until), l["Events.Invite.Period"]);
        }
        return ModelState.IsValid ? (source, from, until) : null;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        Invited = await db.Invitations.CountAsync(i => i.EventId == id, cancellationToken);
        return true;
    }
}
