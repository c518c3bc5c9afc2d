using Vivier.Web.Features.Events.Networking;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements/{id}/rencontres: the organiser sets the meeting windows, slot length and tables, and sees the plan of accepted meetings.</summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class MeetingsModel(VivierDb db, MeetingPlanning planning, NetworkingReads reads, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int WindowRows = 6;

    public Event Event { get; private set; } = null!;
    public NetworkingPlan Plan { get; private set; } = null!;
    [BindProperty] public int? Minutes { get; set; }
    [BindProperty] public int? Tables { get; set; }
    [BindProperty] public List<WindowInput> Windows { get; set; } = [];
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Minutes = Plan.Minutes;
        Tables = Plan.Tables;
        Windows = Plan.Windows.Select(w => new WindowInput(EventForm.Local(w.Start), EventForm.Local(w.End))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var refusals = await planning.SaveSettingsAsync(id, new NetworkingSettingsInput(Minutes, Tables, Windows), cancellationToken);
        if (refusals.Count > 0)
        {
            ModelState.Show(refusals, l, prefix: "");
            return Page();
        }
        return Redirect($"/gestion/evenements/{id}/rencontres?saved=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        Plan = await reads.PlanAsync(id, cancellationToken);
        return true;
    }
}
