namespace Vivier.Web.Features.Events;

/// <summary>
/// /evenements/{id}: the event and its programme by day, for everyone; a person with a confirmed
/// registration picks sessions here (a seat, or the waitlist with their place), and leaves them.
/// </summary>
[AllowAnonymous]
public sealed class ProgrammeModel(EventReads reads, Enrolling enrolments, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    public Registration? Registration { get; private set; }
    public Dictionary<Guid, Place> Places { get; private set; } = [];
    public bool RegistrationOpen { get; private set; }
    public DateTimeOffset Now { get; private set; }

    /// <summary>What the last action did (enrolled, waitlisted, left), shown once after the redirect.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty(SupportsGet = true)] public int? Position { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrolAsync(Guid id, Guid session, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        var outcome = await enrolments.EnrolAsync(session, User.PersonId(), cancellationToken);
        if (outcome.Refusal is not { } refusal)
        {
            var done = outcome.Status == EnrolmentStatus.Enrolled ? "enrolled" : "waitlisted";
            return Redirect($"/evenements/{id}?done={done}{(outcome.Position is { } p ? $"&position={p}" : "")}#session-{session}");
        }
        if (refusal.Kind == RefusalKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.AddModelError($"session-{session}", refusal.MessageOf(l));
        return Page();
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid id, Guid session, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        await enrolments.LeaveAsync(session, User.PersonId(), cancellationToken);
        return Redirect($"/evenements/{id}?done=left#session-{session}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reads.EventAsync(id, cancellationToken) is not { } e)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Now = EventNames.Paris(now);
        Event = e;
        RegistrationOpen = e.RegistrationOpensAt <= Now && Now < e.RegistrationClosesAt;
        Sessions = await reads.SessionsAsync(id, cancellationToken);
        if (User.Identity?.IsAuthenticated == true)
        {
            Registration = await reads.RegistrationAsync(id, User.PersonId(), cancellationToken);
            Places = await reads.PlacesAsync(User.PersonId(), id, cancellationToken);
        }
        return true;
    }
}
