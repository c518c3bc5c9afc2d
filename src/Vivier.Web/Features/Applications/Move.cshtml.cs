using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// POST /gestion/missions/{reference}/candidatures/deplacer: the board's move, for Recruiters and
/// Admin only (a page of its own, so a ProgrammeManager is refused before anything is read), then
/// back to the board with the outcome.
/// </summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public sealed class MoveModel(Pipeline pipeline) : PageModel
{
    public static readonly IReadOnlySet<string> Problems = new HashSet<string>(StringComparer.Ordinal)
    {
        "Pipeline.NoneChosen", "Pipeline.NotFound", "Pipeline.UnknownStage", "Pipeline.ReasonTooLong", "Pipeline.HireOneAtATime",
        "Pipeline.AlreadyFilled", "Pipeline.MissionNotRecruiting", "Pipeline.HireWithdrawn", "Pipeline.HiredStays",
    };

    public IActionResult OnGet(string reference) => Redirect($"/gestion/missions/{Uri.EscapeDataString(reference)}/candidatures");

    public async Task<IActionResult> OnPostAsync(string reference, [FromForm] List<Guid> selected, [FromForm] string? stage, [FromForm] string? reason,
        [FromForm] string? back, CancellationToken cancellationToken)
    {
        // A hire is shown before it is made: one application goes to its confirmation, with the view to come back to.
        if (stage == PipelineStage.Hired && selected is [var one])
        {
            return Redirect(HireModel.Address(one, PipelineReturn.Safe(back, reference), reason));
        }
        var me = User.PersonId();
        var (moved, refusal) = await pipeline.MoveManyAsync(reference, selected, new MoveInput(stage, reason), me, cancellationToken);
        // Back to the view the move was made from (board or filtered list), never to another site.
        var board = $"/gestion/missions/{Uri.EscapeDataString(reference)}/candidatures";
        var query = back is { Length: > 0 } && back.StartsWith(board + "?", StringComparison.Ordinal)
            ? QueryHelpers.ParseQuery(back[(board.Length + 1)..]).Where(p => p.Key is "vue" or "etape" or "q" or "tri").ToList()
            : [];
        query.Add(refusal is null ? new("moved", moved.ToString(System.Globalization.CultureInfo.InvariantCulture)) : new("problem", refusal.MessageKey));
        return Redirect(board + QueryString.Create(query));
    }
}
