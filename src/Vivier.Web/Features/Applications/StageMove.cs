namespace Vivier.Web.Features.Applications;

/// <summary>How an application changes stage, wherever the change comes from: the new stage, and an event saying who, when and why.</summary>
internal static class StageMove
{
    /// <summary>
    /// Moves the tracked applications to the stage, each move in the audit log under the candidate's
    /// name (a hire, a move, or one of a mass move); the caller saves (and queues the stage's mails).
    /// A recruiter's decision keeps the fit score and explanation they had before them (<paramref name="fits"/>, by person).
    /// </summary>
    public static async Task RecordAsync(VivierDb db, AuditTrail audit, IReadOnlyCollection<JobApplication> applications, string stageKey, string? reason, Guid? actorId,
        DateTime now, CancellationToken cancellationToken, IReadOnlyDictionary<Guid, MatchResult>? fits = null)
    {
        var stages = await StagesAsync(db, cancellationToken);
        var stage = stages[stageKey];
        var action = stageKey == PipelineStage.Hired ? AuditActions.Hired : applications.Count > 1 ? AuditActions.MovedInBulk : AuditActions.StageMoved;
        foreach (var application in applications)
        {
            var from = application.StageKey;
            var move = application.MoveTo(stage, stages, reason, actorId, now);
            if (fits is not null && fits.TryGetValue(application.PersonId, out var fit))
            {
                (move.FitScore, move.FitExplanation) = (fit.RoundedScore, Matching.Matches.Record(fit));
            }
            db.ApplicationEvents.Add(move);
            audit.Record(action, application.Id.ToString(), applications.Count > 1 ? $"{from} → {stageKey} ({applications.Count})" : $"{from} → {stageKey}",
                actorId, personId: application.PersonId);
        }
    }

    /// <summary>The pipeline's stages by key, as <see cref="JobApplication.MoveTo"/> compares them.</summary>
    public static Task<Dictionary<string, PipelineStage>> StagesAsync(VivierDb db, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
}
