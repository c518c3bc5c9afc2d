namespace Vivier.Web.Features.Applications;

/// <summary>
/// /gestion/candidatures/{id}: one application's folder — letter, answers, profile and CV as sent,
/// history, reviews and internal notes — as a page or (?panel=true) as the board's side panel.
/// Staff read it; Recruiters and Admin review, note and move.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class FolderModel(VivierDb db, ApplicationFolders folders, Pipeline pipeline, IStringLocalizer<SharedResource> l) : PageModel
{
    public ApplicationFolderDto Folder { get; private set; } = null!;
    public IReadOnlyList<PipelineStage> Stages { get; private set; } = [];
    public bool CanRun => User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.Admin);

    [BindProperty(SupportsGet = true)]
    public bool Panel { get; set; }

    /// <summary>The board the panel was opened from, to return to after a change.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Back { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty] public bool? Conflict { get; set; }
    [BindProperty] public List<int?> Scores { get; set; } = [];
    [BindProperty] public List<string?> Comments { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The applications before and after this one in the pipeline view it was opened from.</summary>
    public PipelineEntry? Previous { get; private set; }
    public PipelineEntry? Next { get; private set; }

    /// <summary>The outcomes a folder reports after a change ("done").</summary>
    public static readonly IReadOnlySet<string> DoneMessages = new HashSet<string>(StringComparer.Ordinal) { "declared", "scored", "noted", "moved", "hired" };

    /// <summary>Another application's folder, in the same pipeline view.</summary>
    public string AddressOf(PipelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return PipelineReturn.Folder(entry.Id, Back);
    }


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Panel)
        {
            ViewData["Panel"] = true;
        }
        return Page();
    }

    public Task<IActionResult> OnPostDeclareAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Conflict", () => folders.DeclareAsync(id, User.PersonId(), new DeclarationInput(Conflict), cancellationToken), "declared", cancellationToken);

    public async Task<IActionResult> OnPostScoreAsync(Guid id, CancellationToken cancellationToken)
    {
        var criteria = await db.Applications.Where(a => a.Id == id).Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => m).AsNoTracking()
            .Select(m => m.ReviewCriteria).SingleOrDefaultAsync(cancellationToken);
        var named = criteria is { Count: > 0 } ? criteria : Vivier.Core.Missions.Mission.DefaultReviewCriteria;
        var lines = named.Select((criterion, i) => new ScoreLine(criterion, i < Scores.Count ? Scores[i] : null, i < Comments.Count ? Comments[i] : null)).ToList();
        return await RunAsync(id, "Scores", () => folders.ScoreAsync(id, User.PersonId(), new ScoreInput(lines, Comment), cancellationToken), "scored", cancellationToken);
    }

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Note", () => folders.AddNoteAsync(id, User.PersonId(), new NoteInput(Note), cancellationToken), "noted", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken) => Stage == PipelineStage.Hired && CanRun
        ? Task.FromResult<IActionResult>(Redirect(HireModel.Address(id, Back, Reason)))
        : RunAsync(id, "Stage", async () => (await pipeline.MoveAsync(id, new MoveInput(Stage, Reason), User.PersonId(), cancellationToken)).Refusal, "moved", cancellationToken);

    /// <summary>Runs a change for Recruiters and Admin: the folder again when done, the page with the refusal beside the form's field otherwise.</summary>
    private async Task<IActionResult> RunAsync(Guid id, string field, Func<Task<Refusal?>> change, string done, CancellationToken cancellationToken)
    {
        if (!CanRun)
        {
            return Forbid();
        }
        var refusal = await change();
        if (refusal is null)
        {
            // The reviewer stays in the folder, with the view it came from kept for "back" and "next".
            return Redirect(PipelineReturn.Folder(id, Back, done));
        }
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.AddModelError(field, refusal.MessageOf(l));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var folder = await folders.ReadAsync(id, User.PersonId(), cancellationToken);
        if (folder is null)
        {
            return false;
        }
        Folder = folder;
        Stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        Back = PipelineReturn.Safe(Back, folder.Reference);
        var view = await pipeline.ListAsync(folder.Reference, PipelineReturn.FilterOf(Back), cancellationToken) ?? [];
        var at = view.FindIndex(e => e.Id == id);
        (Previous, Next) = at < 0 ? (null, view.FirstOrDefault(e => e.Id != id)) : (at > 0 ? view[at - 1] : null, at + 1 < view.Count ? view[at + 1] : null);
        return true;
    }
}
