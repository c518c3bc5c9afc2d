namespace Vivier.Core.Inputs;

/// <summary>
/// Text from outside holds no NUL character: PostgreSQL cannot store one in a text column (the
/// statement fails), and no person types one. Refused where text enters — JSON bodies, query
/// strings, forms — with this message; file names lose their control characters instead.
/// </summary>
public static class TextInput
{
    public const string NulProblem = "Validation.NulCharacter";

    public static bool HasNul(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);

    /// <summary>A name without control characters (NUL, line breaks, tabs…), which have no place in one.</summary>
    public static string WithoutControlCharacters(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Where(c => !char.IsControl(c))) : text;
}
