namespace Vivier.Web.Features.Applications.Stages;

/// <summary>/gestion/etapes: the pipeline's stages and the mail each sends; Recruiters and Admin add stages.</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(PipelineSettings settings, IStringLocalizer<SharedResource> l) : StageFormModel(l)
{
    public IReadOnlyList<(PipelineStage Stage, List<StageMailTemplate> Mails)> Stages { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Stages = await settings.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanShape)
        {
            return Forbid();
        }
        var refusals = await settings.AddStageAsync(Stage, cancellationToken);
        if (refusals.Count == 0)
        {
            return Redirect($"/gestion/etapes/{Key!.Trim()}?ajoutee=true");
        }
        Show(refusals);
        Stages = await settings.ListAsync(cancellationToken);
        return Page();
    }
}
