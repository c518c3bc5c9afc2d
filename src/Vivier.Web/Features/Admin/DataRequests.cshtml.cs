using Vivier.Web.Features.Privacy;

namespace Vivier.Web.Features.Admin;

/// <summary>
/// /admin/demandes: the register of data-rights requests — open ones first, the most urgent first,
/// each with the date it must be answered by (overdue ones said so); an open one is answered here
/// with what was done, which the person then reads on "Mes données".
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class DataRequestsModel(DataRights rights, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int Shown = 500;

    [BindProperty(SupportsGet = true, Name = "ouvertes")] public bool OpenOnly { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public IReadOnlyList<RegisteredRequest> Requests { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Requests = await rights.RegisterAsync(OpenOnly, Shown, cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid request, CancellationToken cancellationToken)
    {
        var answer = Answer?.Trim() ?? "";
        if (answer.Length == 0 || answer.Length > DataRequest.MaxAnswer)
        {
            ModelState.AddModelError($"answer-{request}", l["DataRequests.Refused.Answer", DataRequest.MaxAnswer]);
        }
        else if (!await rights.AnswerAsync(request, User.PersonId(), answer, cancellationToken))
        {
            ModelState.AddModelError("", l["DataRequests.Refused.NotOpen"]);
        }
        else
        {
            return Redirect("/admin/demandes");
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
