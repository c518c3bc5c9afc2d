using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// Validates an input object the way its page does, for the API: the DataAnnotations' messages and
/// display names are resource keys, turned into the caller's language. Answers field → messages,
/// with JSON field names.
/// </summary>
public static class LocalizedValidation
{
    public static Dictionary<string, string[]> Validate(object input, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var display = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? l[key].Value : property.Name;
            var context = new ValidationContext(input) { MemberName = property.Name, DisplayName = display };
            var value = property.GetValue(input);
            // GetCustomAttributes makes new instances, so giving each its translated message touches no shared state.
            var messages = property.GetCustomAttributes<ValidationAttribute>()
                .Select(attribute =>
                {
                    if (attribute.ErrorMessage is { } messageKey)
                    {
                        attribute.ErrorMessage = l[messageKey].Value;
                    }
                    return attribute.GetValidationResult(value, context)?.ErrorMessage;
                })
                .OfType<string>()
                .ToArray();
            if (messages.Length > 0)
            {
                errors[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = messages;
            }
        }
        return errors;
    }
}
