using Vivier.Web.Features.Missions;

namespace Vivier.Web.Features.Partners;

/// <summary>
/// A partner proposes a need for an expert at their institution: it arrives as a draft mission for
/// staff, in the institution's country, which staff complete and publish.
/// </summary>
[Authorize(Roles = Roles.Partner)]
public sealed class NeedModel(VivierDb db, UserManager<Person> users, MissionEditor editor, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public NeedInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var organisation = await LoadAsync();
        if (organisation is null)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var today = ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var (mission, refusals) = await editor.CreateAsync(new MissionInput
        {
            Title = Input.Title,
            Kind = ExpertKind.ETI,
            CountryCode = organisation.CountryCode,
            City = Input.City,
            HostInstitution = organisation.Name,
            Description = Input.Description,
            Profile = string.IsNullOrWhiteSpace(Input.Profile) ? l["Need.ProfileToWrite"] : Input.Profile,
            Languages = "fr:B2",
            StartDate = Input.StartDate,
            DurationMonths = Input.DurationMonths,
            // A first deadline for staff to adjust: at least a month of call, and before the start.
            Deadline = Min(today.AddDays(30), Input.StartDate!.Value),
        }, cancellationToken);
        if (mission is null)
        {
            // The partner's form has the start date of the mission's fields; the others go in the summary.
            foreach (var refusal in refusals)
            {
                (refusal.Field == nameof(MissionInput.StartDate) ? refusal : refusal with { Field = null }).AddTo(ModelState, l);
            }
            return Page();
        }
        return Redirect("/partenaire/besoin?sent=true");
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private async Task<Organisation?> LoadAsync()
    {
        var person = await users.GetUserAsync(User);
        var organisation = person?.OrganisationId is { } id ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) : null;
        Organisation = organisation?.Name ?? "";
        return organisation;
    }
}
