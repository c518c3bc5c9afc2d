namespace Vivier.Web.Features.Applications;

/// <summary>How an application changes stage, wherever the change comes from: the new stage, and an event saying who, when and why.</summary>
internal static class StageMove
{
    /// <summary>Moves the tracked applications to the stage; the caller saves (and queues the stage's mails).</summary>
    public static async Task RecordAsync(VivierDb db, IEnumerable<JobApplication> applications, string stageKey, string? reason, Guid? actorId, DateTime now,
        CancellationToken cancellationToken)
    {
        var stages = await StagesAsync(db, cancellationToken);
        var stage = stages[stageKey];
        db.ApplicationEvents.AddRange(applications.Select(application => application.MoveTo(stage, stages, reason, actorId, now)).ToList());
    }

    /// <summary>The pipeline's stages by key, as <see cref="JobApplication.MoveTo"/> compares them.</summary>
    public static Task<Dictionary<string, PipelineStage>> StagesAsync(VivierDb db, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
}
