using Vivier.Web.Features.Matching;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// /gestion/missions/{reference}/candidatures: a mission's pipeline, as a board (one column per
/// stage), a list with filters, sort and pages (?vue=liste&amp;etape=&amp;q=&amp;tri=&amp;page=), or by fit
/// with each applicant's explanation (?vue=adequation&amp;page=). Recruiters and Admin move
/// applications (several at once); ProgrammeManagers read it. Each application opens in a side panel.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class BoardModel(VivierDb db, Pipeline pipeline, Matches matches, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Reference { get; private set; } = "";
    public string MissionTitle { get; private set; } = "";
    public IReadOnlyList<PipelineStage> Stages { get; private set; } = [];
    public const int ListPageSize = 100;

    public IReadOnlyList<PipelineEntry> Entries { get; private set; } = [];
    /// <summary>How many applications the view holds, on every page of the list.</summary>
    public int Total { get; private set; }
    public Pager? Pager { get; private set; }
    public bool CanMove => User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.Admin);

    /// <summary>"liste" for the list view; the board otherwise.</summary>
    [BindProperty(SupportsGet = true, Name = "vue")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "etape")]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Moved { get; set; }

    /// <summary>Why the last move was refused (a message key, from <see cref="MoveModel"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Problem { get; set; }

    public bool IsList => View == "liste";

    /// <summary>"adequation": the applicants by fit, each with its explanation.</summary>
    public bool IsFit => View == "adequation";

    /// <summary>The fit view's page of applicants, ranked by the one scoring function.</summary>
    public MatchPage? Fits { get; private set; }

    public string StageName(string key) => Stages.FirstOrDefault(s => s.Key == key) is { } stage
        ? (Locale.Current.IsEnglish ? stage.NameEn : stage.NameFr) : key;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Reference == reference).Select(m => new { m.Reference, m.Title }).SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return NotFound();
        }
        (Reference, MissionTitle) = (mission.Reference, mission.Title);
        Stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        // Unknown filter values are dropped rather than refused: the URL is the user's, the list stays usable.
        Stage = Stages.Any(s => s.Key == Stage) ? Stage : null;
        Sort = PipelineFilter.Sorts.Contains(Sort) ? Sort : null;
        Search = Search is { Length: > 100 } ? Search[..100] : Search;
        if (IsFit)
        {
            await ReadFitsAsync(reference, cancellationToken);
        }
        else if (IsList)
        {
            (Total, Entries) = (await pipeline.PageAsync(reference, new PipelineFilter(Stage, Search, Sort), total =>
            {
                Pager = Pager.Of(ListPageSize, total, Request.Query);
                return (Pager.Skip, ListPageSize);
            }, cancellationToken))!.Value;
        }
        else
        {
            // The board shows every application, one column per stage.
            Entries = (await pipeline.ListAsync(reference, new PipelineFilter(), cancellationToken))!;
            Total = Entries.Count;
        }
        if (Problem is not null && MoveModel.Problems.Contains(Problem))
        {
            ModelState.AddModelError(Problem == "Pipeline.NoneChosen" ? "selected" : "stage", l[Problem]);
        }
        return Page();
    }

    private async Task ReadFitsAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = (await matches.MissionAsync(reference, cancellationToken))!;
        var asked = Pager.Of(Matches.PageSize, int.MaxValue, Request.Query).Current;
        Fits = await matches.ApplicantsAsync(mission, asked, cancellationToken);
        Pager = Pager.Of(Matches.PageSize, Fits.Total ?? 0, Request.Query);
        if (Pager.Current != asked)
        {
            // Past the last page: the last page, as the list view does.
            Fits = await matches.ApplicantsAsync(mission, Pager.Current, cancellationToken);
        }
        Total = Fits.Total ?? 0;
    }
}
