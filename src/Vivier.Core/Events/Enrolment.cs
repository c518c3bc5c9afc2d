namespace Vivier.Core.Events;

public enum EnrolmentStatus { Enrolled, Waitlisted }

/// <summary>
/// A registered person's place in a session: a seat, or a place on its waitlist. <see cref="Ticket"/>
/// is the session's running number given under its row lock, so the waitlist's order is the order in
/// which enrolments committed.
/// </summary>
public sealed class Enrolment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid SessionId { get; init; }
    public required Guid EventId { get; init; }
    public required Guid PersonId { get; init; }
    public EnrolmentStatus Status { get; set; }
    public required long Ticket { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? PromotedAt { get; set; }
}

/// <summary>
/// A person's private calendar feed: the address holds a secret token whose hash alone is kept.
/// Resetting replaces it, which revokes the old address.
/// </summary>
public sealed class AgendaFeed
{
    public required Guid PersonId { get; init; }
    public required string TokenHash { get; set; }
    public required DateTime CreatedAt { get; set; }
}
