using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vivier.Web.Features.ReferenceData;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Events.Networking;

public sealed class NetworkingProfileForm
{
    [Display(Name = "Networking.Form.InDirectory")] public bool InDirectory { get; set; }
    [Display(Name = "Networking.Form.Organisation")] public string? Organisation { get; set; }
    [Display(Name = "Networking.Form.Country")] public string? CountryCode { get; set; }
    [Display(Name = "Networking.Form.Sector")] public string? SectorCode { get; set; }
}

/// <summary>
/// /evenements/{id}/reseau: for a confirmed participant, their entry in the event's directory, the
/// directory itself (filtered by country, sector, name) with a meeting request per person, and
/// their meetings: requests to answer, answers awaited, and the slot and table of those accepted.
/// </summary>
[Authorize]
public sealed class NetworkingModel(VivierDb db, EventReads events, NetworkingReads reads, MeetingRequests desk, CountryChoices countryChoices, IStringLocalizer<SharedResource> l) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public Registration? Registration { get; private set; }
    public IReadOnlyList<DirectoryEntry> Directory { get; private set; } = [];
    public IReadOnlyList<MeetingView> Meetings { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Countries { get; private set; } = [];
    public IReadOnlyList<Theme> Sectors { get; private set; } = [];
    [BindProperty] public NetworkingProfileForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "pays")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "secteur")] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true, Name = "nom")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Registration is { } r)
        {
            Input = new NetworkingProfileForm { InDirectory = r.InDirectory, Organisation = r.Organisation, CountryCode = r.CountryCode?.Trim(), SectorCode = r.SectorCode };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(Guid id, CancellationToken cancellationToken)
    {
        var refusals = await desk.SaveProfileAsync(id, User.PersonId(), new NetworkingProfileInput(Input.InDirectory, Input.Organisation, Input.CountryCode, Input.SectorCode),
            cancellationToken);
        return await AfterAsync(id, refusals, "profile", cancellationToken);
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id, Guid to, string? message, CancellationToken cancellationToken) =>
        await AfterAsync(id, Refused(await desk.RequestAsync(id, User.PersonId(), to, message, cancellationToken), $"message-{to}"), "requested", cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid meeting, bool accept, CancellationToken cancellationToken) =>
        await AfterAsync(id, Refused(await desk.AnswerAsync(meeting, User.PersonId(), accept, cancellationToken), null), accept ? "accepted" : "declined", cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid meeting, CancellationToken cancellationToken) =>
        await AfterAsync(id, Refused(await desk.CancelAsync(meeting, User.PersonId(), cancellationToken), null), "cancelled", cancellationToken);

    /// <summary>A meeting refusal on this page: beside the person's message box ("message-{id}"), or in the summary (null).</summary>
    private static Refusal[] Refused(Refusal? refusal, string? field) => refusal is null ? [] : [refusal with { Field = field }];

    private async Task<IActionResult> AfterAsync(Guid id, IReadOnlyCollection<Refusal> refusals, string done, CancellationToken cancellationToken)
    {
        if (refusals.Count == 0)
        {
            return Redirect($"/evenements/{id}/reseau?done={done}");
        }
        ModelState.Clear();
        foreach (var refusal in refusals)
        {
            refusal.AddTo(ModelState, l, refusal.Field?.StartsWith("message-", StringComparison.Ordinal) == true ? "" : "Input.");
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await events.EventAsync(id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        var me = User.PersonId();
        Registration = await events.RegistrationAsync(id, me, cancellationToken);
        if (Registration?.Status != RegistrationStatus.Confirmed)
        {
            Registration = null;
            return true;
        }
        // The participants' own countries first: what the directory's filter can find.
        Countries = await countryChoices.GroupedAsync(db.Registrations.Where(r => r.EventId == id && r.Status == RegistrationStatus.Confirmed && r.InDirectory).Select(r => r.CountryCode),
            "Networking.Countries.Participants", cancellationToken);
        Sectors = await db.Themes.AsNoTracking().OrderByName(Locale.Current).ToListAsync(cancellationToken);
        Directory = await reads.DirectoryAsync(id, me, Country, Sector, Name, cancellationToken);
        Meetings = await reads.MineAsync(id, me, cancellationToken);
        return true;
    }
}
