namespace Vivier.Core.Events;

public enum SessionType { Plenary, Workshop, CarteBlanche, Debate, Ceremony, Training }

/// <summary>
/// One slot of an event's programme. <see cref="Enrolled"/> is the seat counter that guards the
/// capacity: it only moves through a conditional update (see <see cref="Seats"/>), never from a
/// count read earlier. <see cref="NextTicket"/> numbers enrolments in the order they take the
/// session's row lock, which is the order they commit: the waitlist's order.
/// </summary>
public sealed class Session
{
    public const int MaxTitle = 200;
    public const int MaxRoom = 120;
    public const int MaxDescription = 4000;
    public const int MaxCapacity = 10_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Description { get; set; }
    public SessionType Type { get; set; }
    public required string Room { get; set; }
    /// <summary>UTC; entered and shown in Paris time.</summary>
    public required DateTime Start { get; set; }
    public required DateTime End { get; set; }
    public required int Capacity { get; set; }
    public int Enrolled { get; private set; }
    public long NextTicket { get; private set; }
    /// <summary>Whether the last ticket taken came with a seat: written by the same statement, so that its RETURNING tells it (see <see cref="Seats"/>).</summary>
    public bool LastSeated { get; private set; }
    public List<Theme> Themes { get; set; } = [];
    public List<SessionSpeaker> Speakers { get; set; } = [];

    /// <summary>Sets the counters of a session whose enrolments were written in bulk (the demo), never at run time.</summary>
    internal void Counted(int enrolled, long tickets) => (Enrolled, NextTicket) = (enrolled, tickets);

    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);
}

/// <summary>Who speaks at a session: a person of the platform or a named guest, with the title to print.</summary>
public sealed class SessionSpeaker
{
    public const int MaxName = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SessionId { get; init; }
    public Guid? PersonId { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public int Order { get; set; }
}
