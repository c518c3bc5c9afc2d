using System.Text.RegularExpressions;

namespace Vivier.Core.Recruitment;

/// <summary>
/// The mail a candidate receives when their application enters a stage, in one language. Staff edit
/// it; placeholders in braces are filled per candidate. A disabled template sends nothing.
/// </summary>
public sealed partial class StageMailTemplate
{
    public const int MaxSubject = 200;
    public const int MaxBody = 8000;

    /// <summary>The placeholders a template may use, each filled per application.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["prenom", "nom", "mission", "reference", "etape", "lien"];

    public required string StageKey { get; init; }
    /// <summary>"fr" or "en".</summary>
    public required string Language { get; init; }
    public bool Enabled { get; set; } = true;
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>Placeholders in the text that are not in <see cref="Placeholders"/>.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        Placeholder().Matches(text ?? "").Select(m => m.Groups[1].Value).Where(name => !Placeholders.Contains(name)).Distinct();

    /// <summary>The text with its placeholders replaced by <paramref name="values"/>.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text ?? "", m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
