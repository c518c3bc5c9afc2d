namespace Vivier.Web.Features.Onboarding;

/// <summary>/gestion/departs: every deployment being prepared, its checklist, and who is late (?retard=true keeps only them).</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(OnboardingChecklists desk) : PageModel
{
    public IReadOnlyList<Departure> Departures { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "retard")]
    public bool LateOnly { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Departures = await desk.AllAsync(LateOnly, cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] long item, [FromForm] bool done, CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        return await desk.TickAsync(item, me, isStaff: true, done, cancellationToken) ? Redirect($"/gestion/departs{(LateOnly ? "?retard=true" : "")}") : NotFound();
    }
}
