using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The two ways a <see cref="Refusal"/> reaches a person: as the page's form errors, or as the API's
/// RFC 9457 problem details, its status from the refusal's kind.
/// </summary>
public static class Refusals
{
    /// <summary>The HTTP status of a kind of refusal.</summary>
    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.NotAllowed => StatusCodes.Status403Forbidden,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The refusal's message in the request's language.</summary>
    public static string MessageOf(this Refusal refusal, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(l);
        return refusal.Arguments.Length == 0 ? l[refusal.MessageKey] : l[refusal.MessageKey, refusal.Arguments];
    }

    /// <summary>
    /// The API's answer: a validation problem whose <c>errors</c> name the field in JSON's spelling
    /// ("coverLetter") for invalid input, otherwise a problem whose title is the message.
    /// </summary>
    public static ProblemHttpResult ToProblem(this Refusal refusal, IStringLocalizer l) => ToProblem([refusal], l);

    /// <summary>Several refusals at once: every invalid field together, or else the first refusal of another kind.</summary>
    public static ProblemHttpResult ToProblem(this IReadOnlyCollection<Refusal> refusals, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        if (refusals.FirstOrDefault(r => r.Kind != RefusalKind.Invalid) is { } other)
        {
            return TypedResults.Problem(statusCode: StatusOf(other.Kind), title: other.MessageOf(l));
        }
        var errors = refusals.GroupBy(r => JsonName(r.Field)).ToDictionary(g => g.Key, g => g.Select(r => r.MessageOf(l)).ToArray());
        return TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest });
    }

    /// <summary>
    /// The page's answer: the message beside the field, named as the form names it ("Input.CoverLetter"
    /// where the form binds to Input; the prefix is "" where it binds the page's own properties), or
    /// in the error summary alone when no field is named.
    /// </summary>
    public static void AddTo(this Refusal refusal, ModelStateDictionary modelState, IStringLocalizer l, string prefix = "Input.")
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(modelState);
        modelState.AddModelError(refusal.Field is null ? "" : prefix + refusal.Field, refusal.MessageOf(l));
    }

    /// <summary>
    /// A form's refusals, in the page's words rather than the framework's: a value the browser sent
    /// that could not be read as its type (a malformed date or number) is said by the refusal of
    /// its field, or else by <paramref name="unreadableKey"/>.
    /// </summary>
    public static void AddTo(this IEnumerable<Refusal> refusals, ModelStateDictionary modelState, IStringLocalizer l, string unreadableKey, string prefix = "Input.")
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(modelState);
        var unreadable = modelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).ToList();
        foreach (var key in unreadable)
        {
            modelState[key]!.Errors.Clear();
        }
        foreach (var refusal in refusals)
        {
            refusal.AddTo(modelState, l, prefix);
        }
        foreach (var key in unreadable.Where(k => modelState[k]!.Errors.Count == 0))
        {
            modelState.AddModelError(key, l[unreadableKey]);
        }
    }

    /// <summary>A C# property path in JSON's camel case: "CoverLetter" → "coverLetter", "Answers[1]" → "answers[1]"; "" for none.</summary>
    public static string JsonName(string? field) => string.IsNullOrEmpty(field) ? "" : char.ToLowerInvariant(field[0]) + field[1..];
}
