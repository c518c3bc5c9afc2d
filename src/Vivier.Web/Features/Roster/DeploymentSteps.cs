namespace Vivier.Web.Features.Roster;

/// <summary>
/// The one place a deployment's lifecycle step is taken, from the API or the page: the step by its
/// name (departed, extended, ended-early, ended, cancelled), recorded with who, when and why, and
/// refused when the rules or someone else's change forbid it.
/// </summary>
public sealed class DeploymentSteps(VivierDb db, TimeProvider clock)
{
    public async Task<(Deployment? Deployment, Refusal? Refusal)> TakeAsync(Guid id, string step, DateOnly? on, string? reason, Guid actorId,
        CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deployment is null)
        {
            return (null, Refusal.NotFound("Deployment.NotFound"));
        }
        try
        {
            switch (step)
            {
                case DeploymentEvent.Departed: deployment.Depart(on); break;
                case DeploymentEvent.Extended: deployment.Extend(on ?? throw new DeploymentRuleException("Deployment.Rule.DateRequired"), reason ?? ""); break;
                case DeploymentEvent.EndedEarly: deployment.EndEarly(on ?? throw new DeploymentRuleException("Deployment.Rule.DateRequired"), reason ?? ""); break;
                case DeploymentEvent.Ended: deployment.Finish(); break;
                case DeploymentEvent.Cancelled: deployment.Cancel(reason ?? ""); break;
                default: return (deployment, Refusal.Invalid(DeploymentRuleException.DateField, "Deployment.UnknownStep"));
            }
        }
        catch (DeploymentRuleException refused)
        {
            return (deployment, refused.Refusal);
        }
        var detail = $"{on:yyyy-MM-dd} {reason}".Trim();
        db.DeploymentEvents.Add(new DeploymentEvent
        {
            DeploymentId = id, At = clock.GetUtcNow().UtcDateTime, ActorId = actorId, Action = step,
            Detail = detail.Length == 0 ? null : detail.Length > 2000 ? detail[..2000] : detail,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (deployment, Refusal.Conflict("Deployment.ChangedMeanwhile"));
        }
        return (deployment, null);
    }
}
