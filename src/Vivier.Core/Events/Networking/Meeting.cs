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
    /// <summary>Changes with each answer, cancellation and placement: two answers at once cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status is MeetingStatus.Requested or MeetingStatus.Accepted;

    public void Answer(bool accept, DateTime now)
    {
        (Status, AnsweredAt) = (accept ? MeetingStatus.Accepted : MeetingStatus.Declined, now);
        Version++;
    }

    /// <summary>Either person cancels: the slot and table go back to the others.</summary>
    public void Cancel()
    {
        Status = MeetingStatus.Cancelled;
        PlaceAt(null, null, null);
    }

    /// <summary>The planner's slot and table, or none while no slot fits.</summary>
    public void PlaceAt(DateTime? start, DateTime? end, int? table)
    {
        (Start, End, Table) = (start, end, table);
        Version++;
    }
}

/// <summary>A span the organiser opens for one-to-one meetings, cut into slots of the event's meeting length.</summary>
public sealed class NetworkingWindow
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required DateTime Start { get; set; }
    public required DateTime End { get; set; }
}
