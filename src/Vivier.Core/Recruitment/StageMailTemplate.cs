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
    /// <summary>The version's language (stored as "fr" or "en").</summary>
    public required Locale Language { get; init; }
    public bool Enabled { get; set; } = true;
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    /// <summary>Changes with every <see cref="Write"/>; empty on the blank template of a stage that has none.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The disabled blank template shown for a stage that has none yet in <paramref name="language"/>.</summary>
    public static StageMailTemplate Blank(string stageKey, Locale language) => AsTyped(stageKey, language, false, "", "", Guid.Empty);

    /// <summary>A template as a form holds it: what was typed, on the version the form read (empty: none yet).</summary>
    public static StageMailTemplate AsTyped(string stageKey, Locale language, bool enabled, string subject, string body, Guid version) =>
        new() { StageKey = stageKey, Language = language, Enabled = enabled, Subject = subject, Body = body, Version = version };

    /// <summary>A staff member's text, taken whole; a form read before it is now stale.</summary>
    public void Write(bool enabled, string subject, string body, DateTime now, Guid editorId) =>
        (Enabled, Subject, Body, UpdatedAt, UpdatedBy, Version) = (enabled, subject, body, now, editorId, Guid.NewGuid());

    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>Placeholders in the text that are not in <see cref="Placeholders"/>.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        Placeholder().Matches(text ?? "").Select(m => m.Groups[1].Value).Where(name => !Placeholders.Contains(name)).Distinct();

    /// <summary>The text with its placeholders replaced by <paramref name="values"/>.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text ?? "", m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
