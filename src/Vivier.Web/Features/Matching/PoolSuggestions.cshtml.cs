namespace Vivier.Web.Features.Matching;

/// <summary>
/// /gestion/missions/{reference}/suggestions: the pool's people who did not apply, best fit first,
/// each with the explanation of their score (?page= 1 to 25 of 20). Only people whose talent-pool
/// consent is current and who have not objected appear. Recruiters and Admin invite or set aside
/// (through <see cref="InviteModel"/> and <see cref="DismissModel"/>); ProgrammeManagers read.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class PoolSuggestionsModel(Matches matches, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The refusals an action may come back with, so that a forged key shows nothing.</summary>
    public static readonly IReadOnlySet<string> Problems = new HashSet<string>(StringComparer.Ordinal)
    {
        "Match.Invite.MissionClosed", "Match.Invite.Already", "Match.Invite.Excluded", "Match.Invite.Applied", "Match.Invite.Dismissed",
        "Match.NotASuggestion", "Match.Dismiss.ReasonRequired", "Match.Dismiss.Already", "Validation.TooLong",
    };

    public Mission Mission { get; private set; } = null!;
    public MatchPage Suggested { get; private set; } = null!;
    public MatchWeights Weights { get; private set; } = MatchWeights.Default;
    public bool CanAct => User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.Admin);

    /// <summary>"invited" or "dismissed" after an action that was done.</summary>
    [BindProperty(SupportsGet = true, Name = "fait")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "probleme")]
    public string? Problem { get; set; }

    /// <summary>The person the refused action was about, whose form shows the error.</summary>
    [BindProperty(SupportsGet = true, Name = "personne")]
    public Guid? Person { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (await matches.MissionAsync(reference, cancellationToken) is not { } mission)
        {
            return NotFound();
        }
        Mission = mission;
        var page = Math.Clamp(Pager.Of(Matches.PageSize, int.MaxValue, Request.Query).Current, 1, Matches.MaxPage);
        Suggested = await matches.PoolAsync(mission, page, cancellationToken);
        Weights = mission.Weights ?? await matches.ProgrammeWeightsAsync(cancellationToken);
        if (Problem is not null && Problems.Contains(Problem))
        {
            var field = Problem is "Match.Dismiss.ReasonRequired" or "Validation.TooLong" && Person is { } who ? $"reason-{who}" : "";
            ModelState.AddModelError(field, l[Problem]);
        }
        return Page();
    }

    /// <summary>Where an action comes back to: this page, on the page it was taken from.</summary>
    public static string Address(string reference, int page, string outcome)
    {
        var query = string.Join('&', new[] { outcome, page > 1 ? $"page={Math.Min(page, Matches.MaxPage)}" : "" }.Where(p => p.Length > 0));
        return $"/gestion/missions/{Uri.EscapeDataString(reference)}/suggestions" + (query.Length > 0 ? "?" + query : "");
    }
}
