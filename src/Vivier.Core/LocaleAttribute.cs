using System.ComponentModel.DataAnnotations;

namespace Vivier.Core;

/// <summary>A language code Vivier speaks ("fr", "en"), as <see cref="Locale.TryParse"/> reads it; left out, French.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LocaleAttribute : ValidationAttribute
{
    public LocaleAttribute() => ErrorMessage = "Validation.Language";

    public override bool IsValid(object? value) => value is null || (value is string code && Locale.TryParse(code, out _));
}
