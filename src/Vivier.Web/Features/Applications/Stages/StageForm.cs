namespace Vivier.Web.Features.Applications.Stages;

/// <summary>What the stage pages share: the stage's fields as posted, and problems shown beside them.</summary>
public abstract class StageFormModel(IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public string? NameFr { get; set; }
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? CandidateLabelFr { get; set; }
    [BindProperty] public string? CandidateLabelEn { get; set; }
    [BindProperty] public int? Position { get; set; }

    /// <summary>Renaming and adding stages changes how the pipeline runs: Recruiters and Admin.</summary>
    public bool CanShape => User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.Admin);

    protected StageInput Stage => new(Key, NameFr, NameEn, CandidateLabelFr, CandidateLabelEn, Position);

    protected void Show(IEnumerable<SettingsProblem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field, problem.Argument is null ? l[problem.MessageKey] : l[problem.MessageKey, problem.Argument]);
        }
    }
}
