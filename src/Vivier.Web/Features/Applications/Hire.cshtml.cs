using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// /gestion/candidatures/{id}/recruter: a hire shown before it is made — the deployment it creates
/// and the applications it declines, each with a mail — then confirmed (Recruiters and Admin). A
/// confirmation made on a list that changed meanwhile is refused and the new list shown.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public sealed class HireModel(Hiring hiring, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The confirmation's address, with the pipeline view to return to and the reason already typed.</summary>
    public static string Address(Guid applicationId, string? back, string? reason) =>
        QueryHelpers.AddQueryString($"/gestion/candidatures/{applicationId}/recruter",
            new Dictionary<string, string?> { ["back"] = back, ["raison"] = reason }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    public HirePlan? Plan { get; private set; }

    /// <summary>Why the application cannot be hired (then no form is shown).</summary>
    public string? Blocked { get; private set; }

    [BindProperty(SupportsGet = true, Name = "raison")]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Back { get; set; }

    [BindProperty(Name = "plan")]
    public string? Fingerprint { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var refusal = await hiring.ConfirmAsync(id, Reason, Fingerprint, User.PersonId(), cancellationToken);
        if (refusal is { Kind: RefusalKind.NotFound })
        {
            return NotFound();
        }
        if (refusal is null)
        {
            return Redirect(PipelineReturn.Folder(id, Back, "hired"));
        }
        await LoadAsync(id, cancellationToken);
        // A reason too long points at its field; the others (the list changed, the post was filled) at the whole plan.
        ModelState.AddModelError(refusal.Field == nameof(MoveInput.Reason) ? "raison" : "", refusal.MessageOf(l));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await hiring.PlanAsync(id, cancellationToken);
        if (refusal is { Kind: RefusalKind.NotFound })
        {
            return false;
        }
        (Plan, Blocked) = (plan, refusal?.MessageOf(l));
        Back = plan is null ? null : PipelineReturn.Safe(Back, plan.Reference);
        return true;
    }
}
