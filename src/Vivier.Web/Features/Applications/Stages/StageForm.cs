namespace Vivier.Web.Features.Applications.Stages;

/// <summary>What the stage pages share: the stage's fields as posted, and refusals shown beside them.</summary>
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

    protected void Show(IEnumerable<Refusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            refusal.AddTo(ModelState, l, prefix: "");
        }
    }
}
