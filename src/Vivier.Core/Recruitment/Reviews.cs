namespace Vivier.Core.Recruitment;

/// <summary>One criterion's score in a review: 1 to 5, with an optional comment.</summary>
public sealed class CriterionScore
{
    public const int Lowest = 1;
    public const int Highest = 5;
    public const int MaxComment = 2000;

    public required string Criterion { get; init; }
    public required int Score { get; init; }
    public string? Comment { get; init; }
}

/// <summary>
/// A reviewer's assessment of an application on the mission's criteria. The reviewer first declares
/// whether they have a conflict of interest; one who has does not score, and nobody sees the others'
/// scores before giving their own.
/// </summary>
public sealed class ApplicationReview
{
    public long Id { get; init; }
    public required Guid ApplicationId { get; init; }
    public required Guid ReviewerId { get; init; }
    /// <summary>When the reviewer answered the conflict-of-interest question.</summary>
    public required DateTime DeclaredAt { get; set; }
    public bool HasConflict { get; set; }
    public List<CriterionScore> Scores { get; set; } = [];
    public string? Comment { get; set; }
    /// <summary>Null until the scores are given.</summary>
    public DateTime? ScoredAt { get; set; }

    public double? Average => Scores.Count == 0 ? null : Scores.Average(s => s.Score);
}

/// <summary>An internal note on an application: staff only, never shown to the candidate.</summary>
public sealed class ApplicationNote
{
    public const int MaxText = 4000;

    public long Id { get; init; }
    public required Guid ApplicationId { get; init; }
    public required Guid AuthorId { get; init; }
    public required DateTime At { get; init; }
    public required string Text { get; init; }
}

/// <summary>A candidate's answer to one of the mission's screening questions, with the question as it was asked.</summary>
public sealed class ScreeningAnswer
{
    public const int MaxAnswer = 2000;

    public required string Question { get; init; }
    public required string Answer { get; init; }
}
