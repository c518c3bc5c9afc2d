namespace Vivier.Web.Features.Applications;

/// <summary>
/// A hire, in one transaction: the application moves to hired, the deployment is created from the
/// mission, the mission is filled, and every other open application of the mission is rejected with
/// its mail queued. Two hires on one mission at once: the mission's concurrency token lets exactly
/// one commit; the other changes nothing and is told the post is filled.
/// </summary>
public sealed class Hiring(VivierDb db, TimeProvider clock, StageMails mails, IStringLocalizer<SharedResource> l)
{
    /// <summary>The mission's post: the one an earlier hire on it created, or a new one named after the mission.</summary>
    private async Task<Post> PostOfAsync(Mission mission, CancellationToken cancellationToken)
    {
        if (await db.Posts.SingleOrDefaultAsync(p => p.Code == mission.Reference, cancellationToken) is { } post)
        {
            return post;
        }
        post = new Post { Code = mission.Reference, Title = mission.Title, Kind = mission.Kind, CountryCode = mission.CountryCode, HostInstitution = mission.HostInstitution };
        db.Posts.Add(post);
        return post;
    }

    /// <summary>Hires the (tracked) application; why not otherwise.</summary>
    public async Task<Refusal?> HireAsync(JobApplication application, string? reason, Guid actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.StageKey == PipelineStage.Withdrawn)
        {
            return Refusal.Conflict("Pipeline.HireWithdrawn");
        }
        var mission = await db.Missions.AsSplitQuery().Include(m => m.Sponsors).Include(m => m.Themes).SingleAsync(m => m.Id == application.MissionId, cancellationToken);
        if (mission.Status is not (MissionStatus.Published or MissionStatus.Closed))
        {
            return Refusal.Conflict(mission.Status == MissionStatus.Filled ? "Pipeline.AlreadyFilled" : "Pipeline.MissionNotRecruiting");
        }
        if (!Deployment.CanPlan(mission.StartDate, mission.DurationMonths))
        {
            return Refusal.Conflict("Pipeline.MissionDates");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        mission.MarkFilled(now);
        db.MissionChanges.Add(new MissionChange { MissionId = mission.Id, At = now, ActorId = actorId, Action = "filled", Detail = application.Id.ToString() });
        var first = !await db.Deployments.AnyAsync(d => d.PersonId == application.PersonId && d.Status != DeploymentStatus.Cancelled, cancellationToken);
        var deployment = Deployment.FromHire(mission, application.PersonId, application.Id, first, now);
        deployment.PostId = (await PostOfAsync(mission, cancellationToken)).Id;
        db.Deployments.Add(deployment);
        db.ChecklistItems.AddRange(ChecklistItem.From(await db.ChecklistTemplate.AsNoTracking().ToListAsync(cancellationToken), deployment));
        db.DeploymentEvents.Add(new DeploymentEvent { DeploymentId = deployment.Id, At = now, ActorId = actorId, Action = DeploymentEvent.Created, Detail = mission.Reference });
        await StageMove.RecordAsync(db, [application], PipelineStage.Hired, reason, actorId, now, cancellationToken);

        var finalStages = await db.PipelineStages.Where(s => s.IsFinal).Select(s => s.Key).ToListAsync(cancellationToken);
        var others = await db.Applications
            .Where(a => a.MissionId == mission.Id && a.Id != application.Id && a.StageKey != null && !finalStages.Contains(a.StageKey))
            .ToListAsync(cancellationToken);
        var recipients = (await mails.RecipientsAsync([application.Id, .. others.Select(o => o.Id)], cancellationToken)).ToDictionary(r => r.ApplicationId, r => r.Recipient);
        // The reason a closed application shows its candidate is written in the candidate's language.
        foreach (var sameLanguage in others.GroupBy(o => recipients[o.Id].Language))
        {
            await StageMove.RecordAsync(db, sameLanguage, PipelineStage.Rejected, l.In(sameLanguage.Key, "Pipeline.PostFilledReason"), actorId, now, cancellationToken);
        }
        await mails.QueueAsync(PipelineStage.Hired, [recipients[application.Id]], cancellationToken);
        await mails.QueueAsync(PipelineStage.Rejected, others.Select(o => recipients[o.Id]), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another hire on this mission committed first (the mission's version changed): this one leaves nothing behind.
            db.ChangeTracker.Clear();
            if (await db.Missions.AnyAsync(m => m.Id == mission.Id && m.Status == MissionStatus.Filled, cancellationToken))
            {
                return Refusal.Conflict("Pipeline.AlreadyFilled");
            }
            throw;
        }
        return null;
    }
}
