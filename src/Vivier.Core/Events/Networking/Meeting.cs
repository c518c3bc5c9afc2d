namespace Vivier.Core.Events.Networking;

public enum MeetingStatus { Requested, Accepted, Declined, Cancelled }

/// <summary>
/// A one-to-one meeting asked by one participant of another, with a message. Once accepted, the
/// planner gives it a slot and a table (<see cref="Start"/>, <see cref="End"/>, <see cref="Table"/>);
/// they are empty while no slot fits, and change when an agenda change makes the slot impossible.
/// </summary>
public sealed class Meeting
{
    public const int MaxMessage = 1000;
    /// <summary>Open requests (asked or accepted) one person may have sent for one event.</summary>
    public const int MaxSentPerEvent = 15;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required Guid FromId { get; init; }
    public required Guid ToId { get; init; }
    public required string Message { get; init; }
    public MeetingStatus Status { get; set; }
    public required DateTime RequestedAt { get; init; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public int? Table { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status is MeetingStatus.Requested or MeetingStatus.Accepted;
}

/// <summary>A span the organiser opens for one-to-one meetings, cut into slots of the event's meeting length.</summary>
public sealed class NetworkingWindow
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required DateTime Start { get; set; }
    public required DateTime End { get; set; }
}
