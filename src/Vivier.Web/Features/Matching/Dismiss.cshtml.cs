namespace Vivier.Web.Features.Matching;

/// <summary>
/// POST /gestion/missions/{reference}/suggestions/ecarter: sets a suggestion aside with a reason (it
/// leaves this mission's suggestions), for Recruiters and Admin; then back to the suggestions.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public sealed class DismissModel(Matches matches, Suggestions suggestions) : PageModel
{
    public IActionResult OnGet(string reference) => Redirect(PoolSuggestionsModel.Address(reference, 1, ""));

    public async Task<IActionResult> OnPostAsync(string reference, [FromForm] Guid personId, [FromForm] string? reason, [FromForm] int pageNo,
        CancellationToken cancellationToken)
    {
        if (await matches.MissionAsync(reference, cancellationToken) is not { } mission)
        {
            return NotFound();
        }
        var refusal = await suggestions.DismissAsync(mission, personId, reason, User.PersonId(), cancellationToken);
        return Redirect(PoolSuggestionsModel.Address(reference, pageNo,
            refusal is null ? "fait=dismissed" : $"probleme={Uri.EscapeDataString(refusal.MessageKey)}&personne={personId}"));
    }
}
