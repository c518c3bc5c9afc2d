namespace Vivier.Core.Events;

/// <summary>An event as an organiser writes it (API and page); the registration window defaults to open from creation until the event starts.</summary>
public sealed record EventInput(string? Title, string? TitleEn, string? Description, string? DescriptionEn, DateOnly? StartDate, DateOnly? EndDate,
    string? Venue, string? Audience, string? RegistrationOpensAt, string? RegistrationClosesAt, IReadOnlyList<string>? Questions = null,
    string? SignatoryName = null, string? SignatoryTitle = null);

/// <summary>A session as an organiser writes it: times in Paris time unless they carry an offset.</summary>
public sealed record SessionInput(string? Title, string? TitleEn, string? Description, string? Type, string? Room, string? Start, string? End, int? Capacity,
    IReadOnlyList<string>? Themes = null, IReadOnlyList<SpeakerInput>? Speakers = null);

public sealed record SpeakerInput(string? Name, string? Role, Guid? PersonId = null);
