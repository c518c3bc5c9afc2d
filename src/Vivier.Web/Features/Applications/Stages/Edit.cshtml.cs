namespace Vivier.Web.Features.Applications.Stages;

/// <summary>
/// /gestion/etapes/{key}: a stage's names (Recruiters and Admin) and its mail in French and English
/// (all staff), each saved on its own with the version it was loaded at.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class EditModel(PipelineSettings settings, IStringLocalizer<SharedResource> l) : StageFormModel(l)
{
    public PipelineStage Current { get; private set; } = null!;
    public Dictionary<Locale, StageMailTemplate> Mails { get; } = [];

    [BindProperty] public bool Enabled { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public Guid? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Ajoutee { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }
        ShowStoredNames();
        return Page();
    }

    public async Task<IActionResult> OnPostStageAsync(string key, CancellationToken cancellationToken)
    {
        if (!CanShape)
        {
            return Forbid();
        }
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }
        var refusals = await settings.RenameStageAsync(key, Stage, cancellationToken);
        if (refusals.Count == 0)
        {
            return Redirect($"/gestion/etapes/{key}?saved=stage");
        }
        Show(refusals);
        return Page();
    }

    public async Task<IActionResult> OnPostMailAsync(string key, [FromQuery] string language, CancellationToken cancellationToken)
    {
        if (!Locale.TryParse(language, out var locale) || !await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }
        var me = User.PersonId();
        var refusals = await settings.SaveTemplateAsync(key, locale, new TemplateInput(Enabled, Subject, Body, Version), me, cancellationToken);
        if (refusals.Count == 0)
        {
            return Redirect($"/gestion/etapes/{key}?saved={locale}");
        }
        // The form keeps what was typed in the language being saved.
        Mails[locale] = StageMailTemplate.AsTyped(key, locale, Enabled, Subject ?? "", Body ?? "", Version ?? Guid.Empty);
        ShowStoredNames();
        Show(refusals);
        return Page();
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await settings.FindAsync(key, cancellationToken) is not { } stage)
        {
            return false;
        }
        Current = stage;
        foreach (var language in Locale.All)
        {
            Mails[language] = await settings.TemplateAsync(key, language, cancellationToken);
        }
        return true;
    }

    private void ShowStoredNames() =>
        (NameFr, NameEn, CandidateLabelFr, CandidateLabelEn, Position) = (Current.NameFr, Current.NameEn, Current.CandidateLabelFr, Current.CandidateLabelEn, Current.Position);
}
