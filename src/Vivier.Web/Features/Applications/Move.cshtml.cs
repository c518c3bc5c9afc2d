using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vivier.Core.Identity;

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
        "Pipeline.NoneChosen", "Pipeline.NotFound", "Pipeline.UnknownStage", "Pipeline.HireIsAStep", "Pipeline.ReasonTooLong",
    };

    public IActionResult OnGet(string reference) => Redirect($"/gestion/missions/{Uri.EscapeDataString(reference)}/candidatures");

    public async Task<IActionResult> OnPostAsync(string reference, [FromForm] List<Guid> selected, [FromForm] string? stage, [FromForm] string? reason,
        CancellationToken cancellationToken)
    {
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var (moved, problem) = await pipeline.MoveManyAsync(reference, selected, new MoveInput(stage, reason), me, cancellationToken);
        var board = $"/gestion/missions/{Uri.EscapeDataString(reference)}/candidatures";
        return Redirect(problem is null ? $"{board}?moved={moved}" : $"{board}?problem={Uri.EscapeDataString(problem)}");
    }
}
