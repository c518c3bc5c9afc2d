using System.ComponentModel.DataAnnotations;
using Vivier.Core.Inputs;

namespace Vivier.Core.Events;

/// <summary>
/// An event as an organiser writes it (API and page), with the rules it declares; the rule that
/// needs the event itself (the registration window's default start is its creation) is
/// <see cref="Event.Apply"/>'s. The registration window defaults to open from creation until the event starts.
/// </summary>
public sealed record EventInput(
    [property: Required(ErrorMessage = Event.RequiredKey), TrimmedLength(Event.MaxTitle, ErrorMessage = Event.TooLongKey)] string? Title,
    [property: TrimmedLength(Event.MaxTitle, ErrorMessage = Event.TooLongKey)] string? TitleEn,
    [property: TrimmedLength(Event.MaxDescription, ErrorMessage = Event.TooLongKey)] string? Description,
    [property: TrimmedLength(Event.MaxDescription, ErrorMessage = Event.TooLongKey)] string? DescriptionEn,
    [property: Required(ErrorMessage = "Events.StartDate.Required")] DateOnly? StartDate,
    [property: EventEnd] DateOnly? EndDate,
    [property: Required(ErrorMessage = Event.RequiredKey), TrimmedLength(Event.MaxVenue, ErrorMessage = Event.TooLongKey)] string? Venue,
    [property: Audience] string? Audience,
    [property: ParisInstant] string? RegistrationOpensAt,
    [property: ParisInstant] string? RegistrationClosesAt,
    [property: RegistrationQuestions] IReadOnlyList<string>? Questions = null,
    [property: TrimmedLength(Event.MaxSignatory, ErrorMessage = Event.TooLongKey)] string? SignatoryName = null,
    [property: TrimmedLength(Event.MaxSignatory, ErrorMessage = Event.TooLongKey)] string? SignatoryTitle = null);

/// <summary>
/// A session as an organiser writes it, times in Paris time unless they carry an offset, with the
/// rules it declares; those that need the event (its days) or the database (themes) are the editor's.
/// </summary>
public sealed record SessionInput(
    [property: Required(ErrorMessage = Event.RequiredKey), TrimmedLength(Session.MaxTitle, ErrorMessage = Event.TooLongKey)] string? Title,
    [property: TrimmedLength(Session.MaxTitle, ErrorMessage = Event.TooLongKey)] string? TitleEn,
    [property: TrimmedLength(Session.MaxDescription, ErrorMessage = Event.TooLongKey)] string? Description,
    [property: SessionType] string? Type,
    [property: Required(ErrorMessage = Event.RequiredKey), TrimmedLength(Session.MaxRoom, ErrorMessage = Event.TooLongKey)] string? Room,
    [property: ParisInstant(Required = true)] string? Start,
    [property: SessionEnd] string? End,
    [property: Required(ErrorMessage = "Events.Session.Capacity"), Range(1, Session.MaxCapacity, ErrorMessage = "Events.Session.Capacity")] int? Capacity,
    IReadOnlyList<string>? Themes = null, IReadOnlyList<SpeakerInput>? Speakers = null);

public sealed record SpeakerInput(string? Name, string? Role, Guid? PersonId = null);
