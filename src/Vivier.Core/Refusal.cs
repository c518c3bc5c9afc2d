namespace Vivier.Core;

/// <summary>What kind of "no" a refusal is; the web layer picks the HTTP status from it, never from the message.</summary>
public enum RefusalKind
{
    /// <summary>The input breaks a rule: 400 with the field named.</summary>
    Invalid,

    /// <summary>There is nothing to act on (or nothing this person may see): 404.</summary>
    NotFound,

    /// <summary>The thing's state forbids it now (a closed mission, a filled seat): 409.</summary>
    Conflict,

    /// <summary>The person may see the thing but not do this to it: 403.</summary>
    NotAllowed,

    /// <summary>Someone changed the thing since the person read it (a version token that no longer matches): 412.</summary>
    Stale,
}

/// <summary>
/// Why Vivier refuses a request, in one shape for pages and API alike: the input field it concerns
/// (the C# property path, "CoverLetter" or "Answers[1]"; null when the whole request is refused),
/// the shared resource key of its message with the message's arguments, and its kind.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string MessageKey, string? Field = null, params object[] Arguments)
{
    public static Refusal Invalid(string field, string messageKey, params object[] arguments) => new(RefusalKind.Invalid, messageKey, field, arguments);

    public static Refusal NotFound(string messageKey) => new(RefusalKind.NotFound, messageKey);

    public static Refusal Conflict(string messageKey, string? field = null) => new(RefusalKind.Conflict, messageKey, field);

    public static Refusal NotAllowed(string messageKey) => new(RefusalKind.NotAllowed, messageKey);

    public static Refusal Stale(string messageKey, string? field = null) => new(RefusalKind.Stale, messageKey, field);
}
