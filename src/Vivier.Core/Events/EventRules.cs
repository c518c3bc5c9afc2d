using System.ComponentModel.DataAnnotations;
using Vivier.Core.Inputs;

namespace Vivier.Core.Events;

/// <summary>An audience as the API writes it ("open", "invitation", "approval"); left out, an event is open.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AudienceAttribute : ValidationAttribute
{
    public AudienceAttribute() => ErrorMessage = "Events.Audience.Unknown";

    public override bool IsValid(object? value) => value is null || EventNames.TryRead(EventNames.Audiences, value as string, out _);
}

/// <summary>A session type as the API writes it ("plenary", "workshop", …); a session must have one.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SessionTypeAttribute : ValidationAttribute
{
    public SessionTypeAttribute() => ErrorMessage = "Events.SessionType.Unknown";

    public override bool IsValid(object? value) => EventNames.TryRead(EventNames.SessionTypes, value as string, out _);
}

/// <summary>An instant as <see cref="EventNames.TryInstant"/> reads it; blank is allowed unless the field is required.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParisInstantAttribute : ValidationAttribute
{
    public ParisInstantAttribute() => ErrorMessage = "Events.Instant.Invalid";

    public bool Required { get; init; }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) ? !Required : EventNames.TryInstant(text, out _);
}

/// <summary>An event's last day: given once the first is, and at most 31 days after it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EventEndAttribute : CrossFieldAttribute<EventInput>
{
    protected override string? Refusal(EventInput input) => input switch
    {
        { StartDate: null } => null,
        { EndDate: null } => "Events.EndDate.Required",
        { StartDate: { } start, EndDate: { } end } when end < start || end > start.AddDays(Event.MaxDays) => "Events.EndDate.Range",
        _ => null,
    };
}

/// <summary>A session's end: a readable instant after its start (once the start is readable).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SessionEndAttribute : CrossFieldAttribute<SessionInput>
{
    protected override string? Refusal(SessionInput input) =>
        !EventNames.TryInstant(input.Start, out var start) ? null
        : !EventNames.TryInstant(input.End, out var end) ? "Events.Instant.Invalid"
        : end <= start ? "Events.Session.EndBeforeStart"
        : null;
}

/// <summary>The questions asked at registration: at most ten, each short; blank lines do not count.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RegistrationQuestionsAttribute : ValidationAttribute
{
    public RegistrationQuestionsAttribute() => ErrorMessage = "Events.Questions.Invalid";

    public override bool IsValid(object? value)
    {
        var questions = Event.QuestionsOf(value as IEnumerable<string?>);
        return questions.Count <= Event.MaxQuestions && questions.All(q => q.Length <= Event.MaxQuestionLength);
    }
}
