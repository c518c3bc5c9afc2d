namespace Vivier.Web.Features.Onboarding;

/// <summary>/mon-depart: the expert's pre-departure checklist; they tick their own steps.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class MineModel(OnboardingChecklists desk) : PageModel
{
    public IReadOnlyList<Departure> Departures { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken cancellationToken) => Departures = await desk.MineAsync(User.PersonId(), cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] long item, [FromForm] bool done, CancellationToken cancellationToken) =>
        await desk.TickAsync(item, User.PersonId(), isStaff: false, done, cancellationToken) ? Redirect("/mon-depart") : NotFound();
}
