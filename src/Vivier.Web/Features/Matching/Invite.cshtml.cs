namespace Vivier.Web.Features.Matching;

/// <summary>
/// POST /gestion/missions/{reference}/suggestions/inviter: invites a suggested person to apply (one
/// mail through the outbox, once per person and mission), for Recruiters and Admin; then back to the
/// suggestions with the outcome.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public sealed class InviteModel(Matches matches, Suggestions suggestions) : PageModel
{
    public IActionResult OnGet(string reference) => Redirect(PoolSuggestionsModel.Address(reference, 1, ""));

    public async Task<IActionResult> OnPostAsync(string reference, [FromForm] Guid personId, [FromForm] int pageNo, CancellationToken cancellationToken)
    {
        if (await matches.MissionAsync(reference, cancellationToken) is not { } mission)
        {
            return NotFound();
        }
        var refusal = await suggestions.InviteAsync(mission, personId, User.PersonId(), cancellationToken);
        return Redirect(PoolSuggestionsModel.Address(reference, pageNo,
            refusal is null ? "fait=invited" : $"probleme={Uri.EscapeDataString(refusal.MessageKey)}&personne={personId}"));
    }
}
