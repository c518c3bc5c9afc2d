namespace Vivier.Web.Features.Applications;

/// <summary>How an application changes stage, wherever the change comes from: the new stage, and an event saying who, when and why.</summary>
internal static class StageMove
{
    /// <summary>Moves the tracked applications to the stage; the caller saves (and queues the stage's mails).</summary>
    public static async Task RecordAsync(VivierDb db, IEnumerable<JobApplication> applications, string stageKey, string? reason, Guid? actorId, DateTime now,
        CancellationToken cancellationToken)
    {
        var stages = await db.PipelineStages.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
        var stage = stages[stageKey];
        foreach (var application in applications)
        {
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                ApplicationId = application.Id, At = now, ActorId = actorId, FromStage = application.StageKey, ToStage = stageKey,
                Reason = reason, VisibleToCandidate = true,
            });
            application.Enter(stage, stages);
            application.UpdatedAt = now;
            application.Version = Guid.NewGuid();
        }
    }
}
