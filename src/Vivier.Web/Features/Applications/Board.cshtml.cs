using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vivier.Core;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// /gestion/missions/{reference}/candidatures: a mission's pipeline, one column per stage.
/// Recruiters and Admin move applications (several at once); ProgrammeManagers read it.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class BoardModel(VivierDb db, Pipeline pipeline, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Reference { get; private set; } = "";
    public string MissionTitle { get; private set; } = "";
    public IReadOnlyList<PipelineStage> Stages { get; private set; } = [];
    public IReadOnlyList<PipelineEntry> Entries { get; private set; } = [];
    public bool CanMove => User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.Admin);

    [BindProperty(SupportsGet = true)]
    public int? Moved { get; set; }

    /// <summary>Why the last move was refused (a message key, from <see cref="MoveModel"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (Problem is not null && MoveModel.Problems.Contains(Problem))
        {
            ModelState.AddModelError(Problem == "Pipeline.NoneChosen" ? "selected" : "stage", l[Problem]);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Reference == reference).Select(m => new { m.Reference, m.Title }).SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return false;
        }
        (Reference, MissionTitle) = (mission.Reference, mission.Title);
        Stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        Entries = (await pipeline.ListAsync(reference, null, cancellationToken))!;
        return true;
    }
}
