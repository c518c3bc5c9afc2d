using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The API's validation problems in the caller's words. .NET's validation (<c>AddValidation()</c>)
/// checks the rules an endpoint's inputs declare before the handler runs, and answers with the
/// rules' messages as they are written: Vivier writes them as resource keys. Here each key becomes
/// the caller's language, formatted as the rule formats it (the field's translated name, a length
/// limit), and each field is named in JSON's spelling, as <see cref="Refusals.ToProblem(Refusal, IStringLocalizer)"/>
/// names it. Messages that are already text (every other problem) pass unchanged.
/// </summary>
internal static class ValidationProblems
{
    public static void InCallersWords(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails { Errors.Count: > 0 } problem)
        {
            return;
        }
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var body = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var errors = problem.Errors.ToList();
        problem.Errors.Clear();
        foreach (var (field, messages) in errors)
        {
            var name = Refusals.JsonName(field);
            problem.Errors[name] = [.. (problem.Errors.TryGetValue(name, out var before) ? before : []), .. messages.Select(m => Message(m, field, body, l))];
        }
    }

    private static string Message(string message, string field, Type? body, IStringLocalizer l)
    {
        var template = l[message];
        if (template.ResourceNotFound)
        {
            return message;
        }
        if (Property(body, field) is not { } property
            || property.GetCustomAttributes<ValidationAttribute>().FirstOrDefault(a => a.ErrorMessage == message) is not { } rule)
        {
            return template.Value;
        }
        // GetCustomAttributes makes new instances: giving this one the translated text touches no shared state.
        rule.ErrorMessage = template.Value;
        var display = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? l[key].Value : property.Name;
        return rule.FormatErrorMessage(display);
    }

    /// <summary>The property a validation key names ("Title", "Speakers[0].Name") on the body's type, or null.</summary>
    private static PropertyInfo? Property(Type? type, string path)
    {
        PropertyInfo? property = null;
        foreach (var segment in path.Split('.'))
        {
            if (type is null)
            {
                return null;
            }
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            property = type.GetProperty(bracket < 0 ? segment : segment[..bracket], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property?.PropertyType is { } next && bracket >= 0 ? ElementOf(next) : property?.PropertyType;
        }
        return property;
    }

    private static Type? ElementOf(Type collection) =>
        collection.IsArray ? collection.GetElementType()
        : collection.GetInterfaces().Append(collection).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
