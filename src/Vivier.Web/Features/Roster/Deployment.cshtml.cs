using Vivier.Web.Features.Onboarding;

namespace Vivier.Web.Features.Roster;

/// <summary>/gestion/deploiements/{id}: one deployment, its history, and its lifecycle steps for staff (arrival, extension, end, cancellation).</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class DeploymentModel(VivierDb db, DeploymentSteps steps, OnboardingChecklists checklists, IStringLocalizer<SharedResource> l) : PageModel
{
    public Deployment Deployment { get; private set; } = null!;
    public string Person { get; private set; } = "";
    public IReadOnlyList<DeploymentEvent> History { get; private set; } = [];
    public Departure? Checklist { get; private set; }

    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromQuery] string step, CancellationToken cancellationToken)
    {
        var (_, refusal) = await steps.TakeAsync(id, step, On, Reason, User.PersonId(), cancellationToken);
        if (refusal is null)
        {
            return Redirect($"/gestion/deploiements/{id}?done={step}");
        }
        if (refusal.Kind == RefusalKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // Each step has its own form on the page: its fields are named after it ("extended-Reason").
        refusal.AddTo(ModelState, l, prefix: $"{step}-");
        return Page();
    }

    /// <summary>Ticks (or unticks) a step of this deployment's checklist, on the expert's behalf or the team's.</summary>
    public async Task<IActionResult> OnPostTickAsync(Guid id, [FromForm] long item, [FromForm] bool done, CancellationToken cancellationToken) =>
        await checklists.TickAsync(item, User.PersonId(), isStaff: true, done, cancellationToken, deploymentId: id) ? Redirect($"/gestion/deploiements/{id}#checklist") : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.Include(d => d.Sponsors).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deployment is null)
        {
            return false;
        }
        Deployment = deployment;
        Person = l.PersonName(await db.Users.Where(p => p.Id == deployment.PersonId).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(cancellationToken));
        Checklist = await checklists.OfAsync(id, cancellationToken);
        History = await db.DeploymentEvents.AsNoTracking().Where(e => e.DeploymentId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return true;
    }
}
