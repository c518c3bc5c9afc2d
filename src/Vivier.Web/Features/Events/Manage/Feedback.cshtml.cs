using Vivier.Web.Features.Events.Feedback;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements/{id}/avis: the surveys' results for the organiser, each with its ratings as a chart and its comments, without names.</summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class FeedbackModel(VivierDb db, Surveys desk) : PageModel
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<SurveyResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return NotFound();
        }
        Event = e;
        Results = await desk.ResultsAsync(id, cancellationToken);
        return Page();
    }
}
