using Vivier.Core.Deployments.Import;
using Vivier.Core.Files;

namespace Vivier.Web.Features.Roster;

/// <summary>
/// /gestion/deploiements/import: a programme's roster from a CSV or .xlsx file, in four steps —
/// upload, map the columns, preview with every row's problems in plain words, import all or nothing.
/// The file is kept in the file store between steps; the preview is recomputed at the import.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class ImportModel(VivierDb db, RosterImport import, SheetLimits limits, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fichier")] public Guid? FileId { get; set; }
    // Named, so that binding never falls back to the whole form (the antiforgery token read as a column) when no mapping is posted.
    [BindProperty(Name = "Columns")] public Dictionary<string, int?> Columns { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "crees")] public int? Created { get; set; }
    [BindProperty(SupportsGet = true, Name = "deja")] public int? AlreadyThere { get; set; }

    public Sheet? Sheet { get; private set; }
    public string? FileName { get; private set; }
    public ImportPlan? Plan { get; private set; }
    public IReadOnlyDictionary<ImportField, int> Mapping { get; private set; } = new Dictionary<ImportField, int>();


    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (FileId is not null && !await LoadAsync(cancellationToken))
        {
            return Page();
        }
        if (Sheet is not null)
        {
            Mapping = RosterImport.GuessMapping(Sheet.Headers);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        var form = await Uploads.ReadFileAsync(Request, "file", cancellationToken);
        if (form.File is not { Length: > 0 } upload)
        {
            ModelState.AddModelError("file", l[form.Problem ?? "Import.Problem.NoFile", [.. form.Arguments]]);
            return Page();
        }
        byte[] content;
        try
        {
            await using var stream = upload.OpenReadStream();
            content = await FileStore.ReadAtMostAsync(stream, limits.MaxBytes, cancellationToken);
            SheetReader.Read(content, upload.FileName, limits, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            ModelState.AddModelError("file", l["Import.Problem.TooLarge", InputLimits.Megabytes(limits.MaxBytes)]);
            return Page();
        }
        catch (SheetException problem)
        {
            ModelState.AddModelError("file", l[problem.MessageKey, [.. problem.Arguments]]);
            return Page();
        }
        var stored = db.Store(content, Path.GetFileName(upload.FileName), upload.ContentType is { Length: > 0 } type ? type : "application/octet-stream", User.PersonId(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/gestion/deploiements/import?fichier={stored.Id}");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken))
        {
            Mapping = Posted();
            Plan = await import.PlanAsync(Sheet!, Mapping, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }
        Mapping = Posted();
        Plan = await import.PlanAsync(Sheet!, Mapping, cancellationToken);
        if (!Plan.CanCommit)
        {
            return Page();
        }
        try
        {
            var result = await import.CommitAsync(Plan, User.PersonId(), clock.GetUtcNow().UtcDateTime, cancellationToken);
            return Redirect($"/gestion/deploiements/import?crees={result.Created}&deja={result.AlreadyThere}");
        }
        catch (DbUpdateException)
        {
            // Someone imported the same rows at the same moment: nothing of this import was written.
            ModelState.AddModelError("", l["Import.Problem.Concurrent"]);
            return Page();
        }
    }

    private Dictionary<ImportField, int> Posted() => Columns
        .Where(c => c.Value is >= 0 && Enum.TryParse<ImportField>(c.Key, out _) && c.Value < Sheet!.Headers.Count)
        .ToDictionary(c => Enum.Parse<ImportField>(c.Key), c => c.Value!.Value);

    /// <summary>Reads the uploaded file back: it must be one a staff member uploaded.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var file = FileId is { } id ? await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) : null;
        if (file is null || file.OwnerId != User.PersonId())
        {
            ModelState.AddModelError("file", l["Import.Problem.FileGone"]);
            return false;
        }
        var content = await db.StoredFileContents.Where(c => c.FileId == file.Id).Select(c => c.Content).SingleAsync(cancellationToken);
        try
        {
            Sheet = SheetReader.Read(content, file.FileName, limits, cancellationToken);
            FileName = file.FileName;
            return true;
        }
        catch (SheetException problem)
        {
            ModelState.AddModelError("file", l[problem.MessageKey, [.. problem.Arguments]]);
            return false;
        }
    }
}
