using System.ComponentModel.DataAnnotations;

namespace Vivier.Core.Inputs;

/// <summary>
/// The rules an input record declares (DataAnnotations whose messages are resource keys) checked
/// where a page or a job hands it over: the same rules, and the same keys, that the API's
/// validation (.NET's <c>AddValidation()</c>) checks before its handler runs.
/// </summary>
public static class DeclaredRules
{
    public static IEnumerable<Refusal> Check(object input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(member => Refusal.Invalid(member, r.ErrorMessage ?? "")));
    }
}

/// <summary>A text's length as it is stored, trimmed: surrounding spaces never make a text too long. The message's arguments: the field, the limit.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TrimmedLengthAttribute(int maximumLength) : ValidationAttribute
{
    public int MaximumLength => maximumLength;

    public override bool IsValid(object? value) => value is not string text || text.Trim().Length <= maximumLength;

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, maximumLength);
}

/// <summary>
/// A rule that reads other fields of the input (an end after its start): it names its field, and
/// answers one of several resource keys, or success.
/// </summary>
public abstract class CrossFieldAttribute<TInput> : ValidationAttribute where TInput : class
{
    protected sealed override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return validationContext.ObjectInstance is TInput input && Refusal(input) is { } key
            ? new ValidationResult(key, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }

    /// <summary>The resource key of what is wrong, or null.</summary>
    protected abstract string? Refusal(TInput input);
}
