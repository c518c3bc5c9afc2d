using System.Security.Cryptography;

namespace Vivier.Web.Features.Applications;

/// <summary>A candidate a hire declines: the application and who sent it.</summary>
public sealed record DeclinedCandidate(Guid ApplicationId, string Name, string StageKey);

/// <summary>
/// What a hire will do, shown before it is confirmed: the deployment it creates (kind, country,
/// host, sponsors, planned dates, first deployment or not) and the open applications it declines,
/// each with a mail. <see cref="Fingerprint"/> names that list: a confirmation made on an older
/// list (someone applied or was moved meanwhile) is refused and the plan shown again.
/// </summary>
public sealed record HirePlan(Guid ApplicationId, string Candidate, string Reference, string MissionTitle, ExpertKind Kind, string CountryCode,
    string HostInstitution, IReadOnlyList<string> Sponsors, DateOnly Start, DateOnly End, bool FirstDeployment, IReadOnlyList<DeclinedCandidate> Declined,
    string Fingerprint);

/// <summary>
/// A hire, in one transaction: the application moves to hired, the deployment is created from the
/// mission, the mission is filled, and every other open application of the mission is rejected with
/// its mail queued. Two hires on one mission at once: the mission's concurrency token lets exactly
/// one commit; the other changes nothing and is told the post is filled.
/// </summary>
public sealed class Hiring(VivierDb db, TimeProvider clock, StageMails mails, AuditTrail audit, IStringLocalizer<SharedResource> l, Matching.Matches matches)
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

    /// <summary>What hiring the application would do, or why it cannot be hired; null when there is no such sent application.</summary>
    public async Task<(HirePlan? Plan, Refusal? Refusal)> PlanAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.StageKey != null, cancellationToken);
        if (application is null)
        {
            return (null, Refusal.NotFound("Pipeline.NotFound"));
        }
        var mission = await MissionOfAsync(application, cancellationToken);
        if (application.StageKey == PipelineStage.Hired)
        {
            return (null, Refusal.Conflict("Pipeline.HiredStays"));
        }
        if (Check(application, mission) is { } refusal)
        {
            return (null, refusal);
        }
        var declined = await DeclinedAsync(application, mission, cancellationToken);
        var people = declined.ConvertAll(d => d.PersonId);
        people.Add(application.PersonId);
        var names = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, cancellationToken);
        var first = await IsFirstAsync(application.PersonId, cancellationToken);
        return (new HirePlan(application.Id, names[application.PersonId], mission.Reference, mission.Title, mission.Kind, mission.CountryCode, mission.HostInstitution,
            mission.Sponsors.Select(o => o.Name).Order(StringComparer.CurrentCulture).ToList(), mission.StartDate,
            Deployment.PlannedEndOf(mission.StartDate, mission.DurationMonths), first,
            declined.OrderBy(d => names[d.PersonId], StringComparer.CurrentCulture).Select(d => new DeclinedCandidate(d.Id, names[d.PersonId], d.StageKey!)).ToList(),
            FingerprintOf(declined)), null);
    }

    private Task<Mission> MissionOfAsync(JobApplication application, CancellationToken cancellationToken) =>
        db.Missions.AsSplitQuery().Include(m => m.Sponsors).Include(m => m.Themes).SingleAsync(m => m.Id == application.MissionId, cancellationToken);

    /// <summary>Why the application cannot be hired on its mission, if anything stops it.</summary>
    private static Refusal? Check(JobApplication application, Mission mission)
    {
        if (application.StageKey == PipelineStage.Withdrawn)
        {
            return Refusal.Conflict("Pipeline.HireWithdrawn");
        }
        if (mission.Status is not (MissionStatus.Published or MissionStatus.Closed))
        {
            return Refusal.Conflict(mission.Status == MissionStatus.Filled ? "Pipeline.AlreadyFilled" : "Pipeline.MissionNotRecruiting");
        }
        return Deployment.CanPlan(mission.StartDate, mission.DurationMonths) ? null : Refusal.Conflict("Pipeline.MissionDates");
    }

    /// <summary>The mission's other applications still open (sent, not in a final stage): those a hire declines.</summary>
    private async Task<List<JobApplication>> DeclinedAsync(JobApplication application, Mission mission, CancellationToken cancellationToken)
    {
        var finalStages = await db.PipelineStages.Where(s => s.IsFinal).Select(s => s.Key).ToListAsync(cancellationToken);
        return await db.Applications
            .Where(a => a.MissionId == mission.Id && a.Id != application.Id && a.StageKey != null && !finalStages.Contains(a.StageKey))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> IsFirstAsync(Guid personId, CancellationToken cancellationToken) =>
        !await db.Deployments.AnyAsync(d => d.PersonId == personId && d.Status != DeploymentStatus.Cancelled, cancellationToken);

    /// <summary>A short name for a set of declined applications, whatever their order.</summary>
    private static string FingerprintOf(IEnumerable<JobApplication> declined) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Join(',', declined.Select(a => a.Id.ToString("N")).Order(StringComparer.Ordinal)))))[..16];

    /// <summary>The hire a person confirmed on its plan (<see cref="PlanAsync"/>), with the plan's fingerprint; why not otherwise.</summary>
    public async Task<Refusal?> ConfirmAsync(Guid applicationId, string? reason, string? plan, Guid actorId, CancellationToken cancellationToken)
    {
        if (reason is { Length: > 1000 })
        {
            return Refusal.Invalid(nameof(MoveInput.Reason), "Pipeline.ReasonTooLong");
        }
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.StageKey != null, cancellationToken);
        if (application is null)
        {
            return Refusal.NotFound("Pipeline.NotFound");
        }
        if (application.StageKey == PipelineStage.Hired)
        {
            return Refusal.Conflict("Pipeline.HiredStays");
        }
        return await HireAsync(application, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), actorId, cancellationToken, plan ?? "");
    }

    /// <summary>
    /// Hires the (tracked) application; why not otherwise. With <paramref name="expectedPlan"/> (the
    /// fingerprint of the plan the person confirmed), refuses when the applications it declines changed since.
    /// </summary>
    public async Task<Refusal?> HireAsync(JobApplication application, string? reason, Guid actorId, CancellationToken cancellationToken, string? expectedPlan = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        var mission = await MissionOfAsync(application, cancellationToken);
        if (Check(application, mission) is { } refusal)
        {
            return refusal;
        }
        var others = await DeclinedAsync(application, mission, cancellationToken);
        if (expectedPlan is not null && expectedPlan != FingerprintOf(others))
        {
            return Refusal.Conflict("Pipeline.HirePlanChanged");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        mission.MarkFilled(now);
        db.MissionChanges.Add(new MissionChange { MissionId = mission.Id, At = now, ActorId = actorId, Action = "filled", Detail = application.Id.ToString() });
        var first = await IsFirstAsync(application.PersonId, cancellationToken);
        var deployment = Deployment.FromHire(mission, application.PersonId, application.Id, first, now);
        deployment.PostId = (await PostOfAsync(mission, cancellationToken)).Id;
        db.Deployments.Add(deployment);
        db.ChecklistItems.AddRange(ChecklistItem.From(await db.ChecklistTemplate.AsNoTracking().ToListAsync(cancellationToken), deployment));
        db.DeploymentEvents.Add(new DeploymentEvent { DeploymentId = deployment.Id, At = now, ActorId = actorId, Action = DeploymentEvent.Created, Detail = mission.Reference });
        var fits = await matches.ForDecisionAsync(mission.Id, [application.PersonId, .. others.Select(o => o.PersonId)], cancellationToken);
        await StageMove.RecordAsync(db, audit, [application], PipelineStage.Hired, reason, actorId, now, cancellationToken, fits);

        var recipients = (await mails.RecipientsAsync([application.Id, .. others.Select(o => o.Id)], cancellationToken)).ToDictionary(r => r.ApplicationId, r => r.Recipient);
        // The reason a closed application shows its candidate is written in the candidate's language.
        foreach (var sameLanguage in others.GroupBy(o => recipients[o.Id].Language))
        {
            await StageMove.RecordAsync(db, audit, sameLanguage.ToList(), PipelineStage.Rejected, l.In(sameLanguage.Key, "Pipeline.PostFilledReason"), actorId, now, cancellationToken, fits);
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
