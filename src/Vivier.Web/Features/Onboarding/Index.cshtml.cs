namespace Vivier.Web.Features.Onboarding;

/// <summary>
/// /gestion/departs: the deployments being prepared as one compact grid — progress, and only the
/// late steps (or the next one) with their buttons; the whole checklist is on the deployment's
/// page. ?retard=true keeps the late ones; ?page= pages through them.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(OnboardingChecklists desk) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Departure> Departures { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "retard")]
    public bool LateOnly { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await desk.CountAsync(LateOnly, cancellationToken);
        Pager = Pager.Of(PageSize, Total, Request.Query);
        Departures = await desk.AllAsync(LateOnly, Pager.Skip, PageSize, cancellationToken);
    }

    /// <summary>Ticks a step and comes back to the same view (filter and page kept: the form posts to the page's own address).</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] long item, [FromForm] bool done, CancellationToken cancellationToken) =>
        await desk.TickAsync(item, User.PersonId(), isStaff: true, done, cancellationToken) ? Redirect($"{Request.PathBase}{Request.Path}{Request.QueryString}") : NotFound();
}
