using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Events;

/// <summary>The registration form's fields (labels are resource keys).</summary>
public sealed class RegistrationForm
{
    [Display(Name = "Events.Form.ParticipantType")] public string? ParticipantType { get; set; }
    [Display(Name = "Events.Form.ArrivalDate")] public DateOnly? ArrivalDate { get; set; }
    [Display(Name = "Events.Form.DietaryNeeds")] public string? DietaryNeeds { get; set; }
    [Display(Name = "Events.Form.AccessibilityNeeds")] public string? AccessibilityNeeds { get; set; }
    [Display(Name = "Events.Form.ImageRightsConsent")] public bool ImageRightsConsent { get; set; }
    /// <summary>Answers to the event's own questions, in their order.</summary>
    public List<string?> Answers { get; set; } = [];
}

/// <summary>/evenements/{id}/inscription: register (or change one's answers), or cancel, for any signed-in person.</summary>
[Authorize]
public sealed class RegisterModel(EventReads reads, Registering desk, IStringLocalizer<SharedResource> l) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public Registration? Registration { get; private set; }

    [BindProperty] public RegistrationForm Input { get; set; } = new();

    /// <summary>The participant types this person may choose.</summary>
    public IEnumerable<(string Name, ParticipantType Type)> Types =>
        EventNames.ParticipantTypes.Where(t => Registering.MayRegisterAs(User, t.Value)).Select(t => (t.Key, t.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Registration is { } r)
        {
            Input = new RegistrationForm
            {
                ParticipantType = EventNames.Name(EventNames.ParticipantTypes, r.ParticipantType), ArrivalDate = r.ArrivalDate,
                DietaryNeeds = r.DietaryNeeds, AccessibilityNeeds = r.AccessibilityNeeds, ImageRightsConsent = r.ImageRightsConsent,
                Answers = Event.Questions.Select(q => (string?)r.Answers.FirstOrDefault(a => a.Question == q)?.Answer).ToList(),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A malformed date: said in the page's words, and nothing saved.
            ModelState.Show([], l);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var (registration, refusals) = await desk.RegisterAsync(id, User,
            new RegistrationInput(Input.ParticipantType, Input.ArrivalDate, Input.DietaryNeeds, Input.AccessibilityNeeds, Input.ImageRightsConsent, Input.Answers),
            cancellationToken);
        if (registration is not null)
        {
            return Redirect($"/evenements/{id}");
        }
        if (refusals.Any(r => r.Kind == RefusalKind.NotFound))
        {
            return NotFound();
        }
        ModelState.Show(refusals, l);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await desk.CancelAsync(id, User.PersonId(), cancellationToken);
        return Redirect($"/evenements/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reads.EventAsync(id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        Registration = await reads.RegistrationAsync(id, User.PersonId(), cancellationToken) is { Status: RegistrationStatus.Confirmed or RegistrationStatus.Pending } r ? r : null;
        return true;
    }
}
