namespace Vivier.Core.Events;

public enum ParticipantType { Expert, FirstTimeDeparting, Partner, Sponsor, Staff, Guest }

public enum RegistrationStatus { Pending, Confirmed, Declined, Cancelled }

/// <summary>
/// A person's registration to an event, with their answers to the organiser's questions. One per
/// person and event: registering again after cancelling reopens the same row. Only a confirmed
/// registration may pick sessions. <see cref="Version"/> is bumped by every enrolment of the
/// person, which serialises one person's enrolments (their clash check sees the other's result).
/// </summary>
public sealed class Registration
{
    public const int MaxNeeds = 1000;
    public const int MaxOrganisation = 200;
    public const int MaxPassport = 20;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid EventId { get; init; }
    public required Guid PersonId { get; init; }
    public ParticipantType ParticipantType { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateOnly? ArrivalDate { get; set; }
    public string? DietaryNeeds { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public bool ImageRightsConsent { get; set; }
    /// <summary>Answers to the event's own questions, each with its question as it was asked.</summary>
    public List<Recruitment.ScreeningAnswer> Answers { get; set; } = [];
    /// <summary>The organisation on the badge and in the networking directory.</summary>
    public string? Organisation { get; set; }
    /// <summary>Listed in the event's networking directory, with country and sector.</summary>
    public bool InDirectory { get; set; }
    public string? CountryCode { get; set; }
    /// <summary>A programme theme's code: the sector the person works in.</summary>
    public string? SectorCode { get; set; }
    /// <summary>Asked for a visa invitation letter, which then names their nationality and passport.</summary>
    public bool VisaLetterRequested { get; set; }
    public string? Nationality { get; set; }
    public string? PassportNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public required DateTime RegisteredAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? CancelledAt { get; set; }
    public long Version { get; set; }
}

/// <summary>An invitation to an event (the only way in when its audience is on invitation), sent once through the outbox.</summary>
public sealed class Invitation
{
    public required Guid EventId { get; init; }
    public required Guid PersonId { get; init; }
    public ParticipantType ParticipantType { get; set; }
    public required DateTime InvitedAt { get; init; }
    public Guid? InvitedBy { get; init; }
}
