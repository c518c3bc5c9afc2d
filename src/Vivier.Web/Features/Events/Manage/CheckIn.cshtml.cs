using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>
/// /gestion/evenements/{id}/accueil: the welcome desk or a session's door. A USB scanner types the
/// badge's code and Enter into the one field, which has the focus again after each scan; a name
/// typed there is searched instead. Below, live attendance.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class CheckInModel(VivierDb db, CheckingIn desk, OnSiteReads reads, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public AttendanceView Attendance { get; private set; } = null!;
    public ScanResult? Result { get; private set; }
    public Matches? Found { get; private set; }
    /// <summary>The place: "accueil" (the welcome desk) or a session's id.</summary>
    [BindProperty(SupportsGet = true, Name = "lieu")] public string? Lieu { get; set; }
    [BindProperty] public string? Code { get; set; }

    public Guid Place => Guid.TryParse(Lieu, out var session) ? session : Event.Id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? await PageAfterAsync(id, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["CheckIn.Code.Required"]);
        }
        else if (BadgeTokens.LooksLikeCode(Code))
        {
            Result = await desk.ScanAsync(id, Place, Code, User.PersonId(), cancellationToken);
        }
        else
        {
            Found = await desk.FindAsync(id, Place, Code, cancellationToken);
        }
        return await PageAfterAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostPersonAsync(Guid id, Guid person, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Result = await desk.CheckInAsync(id, Place, person, User.PersonId(), cancellationToken);
        return await PageAfterAsync(id, cancellationToken);
    }

    /// <summary>The field is emptied for the next scan, and the counts (read once per request) include this one.</summary>
    private async Task<IActionResult> PageAfterAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Code));
        Code = null;
        Attendance = await reads.AttendanceAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        // An unknown place falls back to the desk; the attendance (with the sessions) is read once, after the scan.
        if (Guid.TryParse(Lieu, out var session) && !await db.Sessions.AnyAsync(s => s.Id == session && s.EventId == id, cancellationToken))
        {
            Lieu = null;
        }
        return true;
    }
}
