namespace Vivier.Web.Features.Matching;

/// <summary>
/// /gestion/missions/{reference}/ponderations: a recruiter weighs one mission otherwise than the
/// programme, or goes back to the programme's weights. The change is kept in the mission's history
/// and the suggestions follow at once. Recruiters and Admin only.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public sealed class MissionWeightsModel(VivierDb db, Matches matches, Suggestions suggestions, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Reference { get; private set; } = "";
    public string MissionTitle { get; private set; } = "";
    public MatchWeights Programme { get; private set; } = MatchWeights.Default;
    /// <summary>The mission's own weights, or null when it follows the programme's.</summary>
    public MatchWeights? Own { get; private set; }
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    /// <summary>"programme" or "mission": whose weights the mission uses.</summary>
    [BindProperty(Name = "source")]
    public string? Source { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await ReadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        Source = Own is null ? "programme" : "mission";
        Values = WeightsForm.Values(Own ?? Programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await ReadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        MatchWeights? weights = null;
        if (Source != "programme")
        {
            weights = WeightsForm.Read(Request.Form, ModelState, l);
            if (weights is null)
            {
                (Source, Values) = ("mission", WeightsForm.Values(Request.Form));
                return Page();
            }
        }
        if (await suggestions.SetWeightsAsync(reference, weights, User.PersonId(), User.Identity?.Name, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("", refusal.MessageOf(l));
            Values = WeightsForm.Values(Request.Form);
            return Page();
        }
        return Redirect(PoolSuggestionsModel.Address(reference, 1, "fait=weights"));
    }

    private async Task<bool> ReadAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Reference == reference)
            .Select(m => new { m.Reference, m.Title, m.Weights }).SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return false;
        }
        (Reference, MissionTitle, Own) = (mission.Reference, mission.Title, mission.Weights);
        Programme = await matches.ProgrammeWeightsAsync(cancellationToken);
        return true;
    }
}
