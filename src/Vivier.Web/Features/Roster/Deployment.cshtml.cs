using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vivier.Core;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;

namespace Vivier.Web.Features.Roster;

/// <summary>/gestion/deploiements/{id}: one deployment, its history, and its lifecycle steps for staff (arrival, extension, end, cancellation).</summary>
[Authorize(Roles = Roles.Staff)]
public sealed class DeploymentModel(VivierDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Deployment Deployment { get; private set; } = null!;
    public string Person { get; private set; } = "";
    public IReadOnlyList<DeploymentEvent> History { get; private set; } = [];

    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromQuery] string step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            switch (step)
            {
                case DeploymentEvent.Departed: Deployment.Depart(On); break;
                case DeploymentEvent.Extended: Deployment.Extend(On ?? throw new DeploymentRuleException("Deployment.Rule.DateRequired"), Reason ?? ""); break;
                case DeploymentEvent.EndedEarly: Deployment.EndEarly(On ?? throw new DeploymentRuleException("Deployment.Rule.DateRequired"), Reason ?? ""); break;
                case DeploymentEvent.Ended: Deployment.Finish(); break;
                case DeploymentEvent.Cancelled: Deployment.Cancel(Reason ?? ""); break;
                default: return BadRequest();
            }
        }
        catch (DeploymentRuleException refused)
        {
            ModelState.AddModelError(refused.MessageKey.Contains("Reason", StringComparison.Ordinal) ? $"{step}-Reason" : $"{step}-On", l[refused.MessageKey]);
            return Page();
        }
        Deployment.Version = Guid.NewGuid();
        db.DeploymentEvents.Add(new DeploymentEvent
        {
            DeploymentId = id, At = clock.GetUtcNow().UtcDateTime, ActorId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), Action = step,
            Detail = $"{On:yyyy-MM-dd} {Reason}".Trim() is { Length: > 0 } detail ? detail : null,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Deployment.ChangedMeanwhile"]);
            return Page();
        }
        return Redirect($"/gestion/deploiements/{id}?done={step}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.Include(d => d.Sponsors).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deployment is null)
        {
            return false;
        }
        Deployment = deployment;
        Person = await db.Users.Where(p => p.Id == deployment.PersonId).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(cancellationToken);
        History = await db.DeploymentEvents.AsNoTracking().Where(e => e.DeploymentId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return true;
    }
}
