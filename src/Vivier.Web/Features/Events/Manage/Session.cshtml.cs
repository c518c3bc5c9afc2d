namespace Vivier.Web.Features.Events.Manage;

/// <summary>
/// /gestion/evenements/{id}/sessions/nouvelle and /gestion/evenements/{id}/sessions/{sessionId}:
/// an organiser adds or edits a session (times in Paris time; a larger capacity seats the waitlist).
/// </summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class SessionModel(VivierDb db, EventEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Session? Existing { get; private set; }
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    [BindProperty] public SessionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, sessionId, cancellationToken))
        {
            return NotFound();
        }
        Input = Existing is null
            ? new SessionForm { Start = $"{Event.StartDate:yyyy-MM-dd}T09:00", End = $"{Event.StartDate:yyyy-MM-dd}T10:00" }
            : SessionForm.Of(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, sessionId, cancellationToken))
        {
            return NotFound();
        }
        var refusals = Existing is null
            ? (await editor.AddSessionAsync(Event, Input.ToInput(), cancellationToken)).Refusals
            : await editor.UpdateSessionAsync(Event, Existing, Input.ToInput(), cancellationToken);
        if (refusals.Count == 0)
        {
            return Redirect($"/gestion/evenements/{id}?saved=true");
        }
        ModelState.Show(refusals, l);
        return Page();
    }

    /// <summary>"nouvelle" for a new session, else the session's id.</summary>
    public const string NewSession = "nouvelle";

    private async Task<bool> LoadAsync(Guid id, string sessionId, CancellationToken cancellationToken)
    {
        if (sessionId != NewSession && !Guid.TryParse(sessionId, out _))
        {
            return false;
        }
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        if (Guid.TryParse(sessionId, out var sid))
        {
            Existing = await db.Sessions.Include(s => s.Speakers).Include(s => s.Themes).AsSplitQuery()
                .SingleOrDefaultAsync(s => s.Id == sid && s.EventId == id, cancellationToken);
            if (Existing is null)
            {
                return false;
            }
        }
        var english = Locale.Current.IsEnglish;
        var themes = db.Themes.AsNoTracking();
        Themes = await (english ? themes.OrderBy(t => t.NameEn) : themes.OrderBy(t => t.NameFr)).ToListAsync(cancellationToken);
        return true;
    }
}
