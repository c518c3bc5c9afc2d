namespace Vivier.Core.Events;

/// <summary>
/// A person's arrival at a place of the event: the welcome desk (<see cref="Place"/> = the event's
/// id) or a session's door (the session's id). One row per person and place: the first scan makes
/// it, a second scan of the same badge at the same place finds it and counts nothing.
/// </summary>
public sealed class CheckIn
{
    public required Guid EventId { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid Place { get; init; }
    public required DateTime At { get; init; }
    public Guid? CheckedInBy { get; init; }
}

/// <summary>
/// One answer to an event's or a session's survey (<see cref="Subject"/> = the event's or the
/// session's id). It names nobody: who answered is kept apart in <see cref="FeedbackReceipt"/>,
/// without time or link to the answer, so that nobody can tell who wrote what.
/// </summary>
public sealed class FeedbackAnswer
{
    public const int MaxComment = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required Guid Subject { get; init; }
    /// <summary>From 1 (poor) to 5 (excellent).</summary>
    public required int Rating { get; init; }
    public string? Comment { get; init; }
    /// <summary>The day only: an exact time could be matched with a participant's other traces.</summary>
    public required DateOnly SubmittedOn { get; init; }
}

/// <summary>That a person has answered a survey, so that they answer once; nothing of what they answered.</summary>
public sealed class FeedbackReceipt
{
    public required Guid EventId { get; init; }
    public required Guid Subject { get; init; }
    public required Guid PersonId { get; init; }
}
