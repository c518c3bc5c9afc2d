namespace Vivier.Web.Features.Events.Feedback;

/// <summary>/evenements/{id}/avis: a confirmed participant rates the event and the sessions that have ended, once each, anonymously.</summary>
[Authorize]
public sealed class SurveysModel(EventReads events, Surveys desk, IStringLocalizer<SharedResource> l) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public bool Confirmed { get; private set; }
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid subject, int? rating, string? comment, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await desk.AnswerAsync(id, subject, User.PersonId(), rating, comment, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError($"rating-{subject}", refusal.MessageOf(l));
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        return Redirect($"/evenements/{id}/avis?saved=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await events.EventAsync(id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        Confirmed = (await events.RegistrationAsync(id, User.PersonId(), cancellationToken))?.Status == RegistrationStatus.Confirmed;
        if (Confirmed)
        {
            Surveys = await desk.SurveysAsync(id, User.PersonId(), cancellationToken);
        }
        return true;
    }
}
