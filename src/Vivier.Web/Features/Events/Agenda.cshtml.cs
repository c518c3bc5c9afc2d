namespace Vivier.Web.Features.Events;

/// <summary>One event in the person's agenda: their registration, their sessions and waitlist places, and their accepted one-to-one meetings.</summary>
public sealed record AgendaEvent(EventView Event, Registration Registration, IReadOnlyList<(SessionView Session, Place Place)> Sessions,
    IReadOnlyList<Networking.MeetingView> Meetings);

/// <summary>
/// /mon-agenda: the signed-in person's registrations, sessions and waitlist places across events,
/// and their private calendar feed (made, renewed or revoked here; the address shown once).
/// </summary>
[Authorize]
public sealed class AgendaModel(VivierDb db, EventReads reads, AgendaFeeds feeds, Enrolling enrolments, Networking.NetworkingReads networking,
    Infrastructure.Mail.Mailer mailer) : PageModel
{
    public IReadOnlyList<AgendaEvent> Events { get; private set; } = [];
    public DateTime? FeedSince { get; private set; }
    /// <summary>The new feed address, shown once right after it is made.</summary>
    public string? NewFeedUrl { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        NewFeedUrl = mailer.Absolute(AgendaFeeds.PathOf(await feeds.RenewAsync(User.PersonId(), cancellationToken)));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        await feeds.RevokeAsync(User.PersonId(), cancellationToken);
        return Redirect("/mon-agenda?done=revoked");
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid session, CancellationToken cancellationToken)
    {
        await enrolments.LeaveAsync(session, User.PersonId(), cancellationToken);
        return Redirect("/mon-agenda?done=left");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        FeedSince = await feeds.CreatedAtAsync(me, cancellationToken);
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.PersonId == me && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Pending)).ToListAsync(cancellationToken);
        var places = await reads.PlacesAsync(me, null, cancellationToken);
        var ids = registrations.Select(r => r.EventId).ToList();
        var events = (await reads.ListAsync(cancellationToken)).Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id);
        var sessions = (await reads.SessionsAsync(ids, cancellationToken)).Where(s => places.ContainsKey(s.Id)).ToLookup(s => s.EventId);
        var meetings = await networking.AcceptedAsync(me, ids, cancellationToken);
        Events = registrations.Select(r => new AgendaEvent(events[r.EventId], r, sessions[r.EventId].Select(s => (s, places[s.Id])).ToList(), meetings[r.EventId].ToList()))
            .OrderByDescending(x => x.Event.StartDate).ToList();
    }
}
