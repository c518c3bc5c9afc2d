namespace Vivier.Web.Features.Matching;

/// <summary>
/// /gestion/missions/{reference}/suggestions/equite: the self-declared gender split of the mission's
/// first suggestions against the eligible pool, small groups suppressed (<see cref="SuggestionBalance"/>).
/// Staff who see suggestions see it.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class BalanceModel(Matches matches, SuggestionBalance balance) : PageModel
{
    public Mission Mission { get; private set; } = null!;
    public GenderBalance Balance { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (await matches.MissionAsync(reference, cancellationToken) is not { } mission)
        {
            return NotFound();
        }
        (Mission, Balance) = (mission, await balance.OfAsync(mission, cancellationToken));
        return Page();
    }
}
