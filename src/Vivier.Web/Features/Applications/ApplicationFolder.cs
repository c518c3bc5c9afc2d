using Vivier.Web.Features.Profile;

namespace Vivier.Web.Features.Applications;

/// <summary>One step of an application as staff see it: who moved it, and why.</summary>
public sealed record FolderStep(DateTime At, string? FromStage, string ToStage, string? Actor, string? Reason);

/// <summary>A review as shown: the reviewer, their declaration and scores.</summary>
public sealed record ReviewDto(Guid ReviewerId, string Reviewer, bool ConflictOfInterest, DateTime DeclaredAt, DateTime? ScoredAt,
    IReadOnlyList<CriterionScore> Scores, string? Comment, double? Average);

/// <summary>
/// The reviews of an application as one viewer may see them: their own, and the others' only once
/// they have scored it themselves (before that, how many there are).
/// </summary>
public sealed record ReviewsView(IReadOnlyList<string> Criteria, ReviewDto? Mine, bool OthersVisible, int OthersScored, IReadOnlyList<ReviewDto> Others, double? Average);

/// <summary>An internal note: staff only.</summary>
public sealed record NoteDto(DateTime At, string Author, string Text);

/// <summary>
/// Everything staff read about one application: what the candidate sent, as sent, and what the team
/// made of it; once hired, the deployment the hire created.
/// </summary>
public sealed record ApplicationFolderDto(Guid Id, string Reference, string MissionTitle, string Stage, string StageName, Guid PersonId, string Candidate,
    DateTime? SubmittedAt, string CoverLetter, IReadOnlyList<ScreeningAnswer> Answers, ProfileDocument? Snapshot, Guid? CvFileId, string? CvText,
    IReadOnlyList<FolderStep> History, ReviewsView Reviews, IReadOnlyList<NoteDto> Notes, Guid Version, Guid? DeploymentId = null);

/// <summary>A reviewer's answer to the conflict-of-interest question.</summary>
public sealed record DeclarationInput(bool? ConflictOfInterest);

/// <summary>A reviewer's scores: one per criterion of the mission, 1 to 5, with optional comments.</summary>
public sealed record ScoreInput(IReadOnlyList<ScoreLine>? Scores, string? Comment);

public sealed record ScoreLine(string? Criterion, int? Score, string? Comment);

/// <summary>A note to add.</summary>
public sealed record NoteInput(string? Text);
