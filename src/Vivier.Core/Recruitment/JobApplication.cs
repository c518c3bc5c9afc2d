namespace Vivier.Core.Recruitment;

/// <summary>
/// A person's application to a mission: one per person and mission. A draft can be finished until
/// the deadline; once sent it carries a snapshot of the profile and the CV as they were, and moves
/// through the pipeline's stages.
/// </summary>
public sealed class JobApplication
{
    public const int MaxCoverLetter = 6000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required long MissionId { get; init; }
    public required Guid PersonId { get; init; }
    public string CoverLetter { get; set; } = "";
    /// <summary>Answers to the mission's screening questions, each with its question as asked.</summary>
    public List<ScreeningAnswer> Answers { get; set; } = [];
    /// <summary>Null while a draft; the pipeline stage once sent.</summary>
    public string? StageKey { get; private set; }
    /// <summary>
    /// The furthest stage of the funnel the application has entered (never rejected or withdrawn):
    /// the dashboards' funnel counts it at that stage and every one before, without reading the history.
    /// </summary>
    public string? FurthestStage { get; private set; }
    /// <summary>
    /// The gender the applicant had declared in their profile when sending (null: not declared), for
    /// the dashboards' parity figures only; never shown with the application.
    /// </summary>
    public Candidates.SelfDeclaredGender? ApplicantGender { get; set; }
    /// <summary>The profile as sent (JSON), frozen.</summary>
    public string? ProfileSnapshot { get; set; }
    /// <summary>The CV file as sent; the stored file is kept even if the person uploads another.</summary>
    public Guid? CvFileId { get; set; }
    public required DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    /// <summary>When the draft's "deadline in 3 days" reminder was queued; once per draft.</summary>
    public DateTime? ReminderSentAt { get; set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsDraft => StageKey is null;

    /// <summary>The candidate's letter and answers, as a draft or just before sending; a new version.</summary>
    public void Write(string coverLetter, List<ScreeningAnswer> answers, DateTime now)
    {
        CoverLetter = coverLetter;
        Answers = answers;
        Touch(now);
    }

    /// <summary>
    /// Sends the application: the profile (JSON, without the self-declared gender, kept apart for
    /// parity figures alone) and the CV are frozen as they are now, and it enters the first stage.
    /// </summary>
    /// <returns>The history's entry for the move, for the caller to store.</returns>
    public ApplicationEvent Submit(string profileSnapshot, Candidates.SelfDeclaredGender? gender, Guid cvFileId, PipelineStage received,
        IReadOnlyDictionary<string, PipelineStage> stages, DateTime now)
    {
        ProfileSnapshot = profileSnapshot;
        ApplicantGender = gender;
        CvFileId = cvFileId;
        SubmittedAt = now;
        return MoveTo(received, stages, reason: null, actorId: PersonId, now);
    }

    /// <summary>Moves to a stage, saying who, when and why (the candidate sees it in their history); a new version.</summary>
    /// <param name="stages">The pipeline's stages by key, to compare positions.</param>
    /// <returns>The history's entry for the move, for the caller to store.</returns>
    public ApplicationEvent MoveTo(PipelineStage stage, IReadOnlyDictionary<string, PipelineStage> stages, string? reason, Guid? actorId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var move = new ApplicationEvent
        {
            ApplicationId = Id, At = now, ActorId = actorId, FromStage = StageKey, ToStage = stage.Key, Reason = reason, VisibleToCandidate = true,
        };
        Enter(stage, stages);
        Touch(now);
        return move;
    }

    /// <summary>
    /// Enters a stage, without history or version (demo and imported data write their own); the
    /// furthest stage moves on when this one lies further along the funnel.
    /// </summary>
    /// <param name="stages">The pipeline's stages by key, to compare positions.</param>
    public void Enter(PipelineStage stage, IReadOnlyDictionary<string, PipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(stages);
        StageKey = stage.Key;
        if (!stage.IsExit && (FurthestStage is null || !stages.TryGetValue(FurthestStage, out var furthest) || furthest.Position < stage.Position))
        {
            FurthestStage = stage.Key;
        }
    }

    /// <summary>
    /// The person was erased and this application led to a deployment: it stays as the record of
    /// that hire (mission, stages, dates), without what the person wrote or sent.
    /// </summary>
    public void Forget()
    {
        (CoverLetter, Answers, ProfileSnapshot, CvFileId) = ("", [], null, null);
        Version = Guid.NewGuid();
    }

    /// <summary>A change of the application: a new version, so that a form read before it cannot overwrite it.</summary>
    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>Something that happened to an application: who, when, from which stage to which, why.</summary>
public sealed class ApplicationEvent
{
    public long Id { get; init; }
    public required Guid ApplicationId { get; init; }
    public required DateTime At { get; init; }
    public Guid? ActorId { get; init; }
    public string? FromStage { get; init; }
    public required string ToStage { get; init; }
    public string? Reason { get; init; }
    /// <summary>Whether the candidate sees it in their history (internal reasons are not shown).</summary>
    public bool VisibleToCandidate { get; init; }
    /// <summary>The fit score the recruiter had before them when deciding (null: a move by the candidate, or before matching).</summary>
    public int? FitScore { get; set; }
    /// <summary>That score's components, evidence and exclusions, as JSON: the decision's record of what it was based on.</summary>
    public string? FitExplanation { get; set; }
}
