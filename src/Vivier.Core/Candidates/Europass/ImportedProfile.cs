namespace Vivier.Core.Candidates.Europass;

/// <summary>A file that is not a Europass CV Vivier can read; the key names the message shown to the person, with its arguments (a limit, say).</summary>
public sealed class EuropassRefusedException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>Something in the file that was left out, and why (a message key and the value concerned).</summary>
public sealed record ImportNote(string MessageKey, string Value);

/// <summary>What a Europass CV says, read into Vivier's terms, for the person to review before saving.</summary>
public sealed class ImportedProfile
{
    public required string Format { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? ResidenceCountryCode { get; set; }
    public SelfDeclaredGender? Gender { get; set; }
    public List<string> Nationalities { get; } = [];
    public List<LanguageSkill> Languages { get; } = [];
    public List<EducationEntry> Education { get; } = [];
    public List<EmploymentEntry> Employment { get; } = [];
    public List<ImportNote> Notes { get; } = [];

    /// <summary>Europass wrote UK for the United Kingdom and EL for Greece; ISO 3166 says GB and GR.</summary>
    internal static string? Country(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "UK" => "GB",
        "EL" => "GR",
        { Length: 2 } iso when iso.All(char.IsAsciiLetterUpper) => iso,
        _ => null,
    };

    internal void AddNationality(string? code, string? label)
    {
        if (Country(code) is { } iso)
        {
            if (!Nationalities.Contains(iso))
            {
                Nationalities.Add(iso);
            }
        }
        else if (!string.IsNullOrWhiteSpace(code ?? label))
        {
            Notes.Add(new ImportNote("Europass.Note.Nationality", (code ?? label)!.Trim()));
        }
    }

    /// <summary>Languages by their ISO 639-1 code; others (e.g. "grc") are noted and left out.</summary>
    internal void AddLanguage(string? code, string? label, bool motherTongue, Func<string, CefrLevel?> level)
    {
        var iso = LanguageCodes.ToTwoLetters(code);
        if (iso is null)
        {
            Notes.Add(new ImportNote("Europass.Note.Language", (label ?? code ?? "?").Trim()));
            return;
        }
        var existing = Languages.FirstOrDefault(l => l.Code == iso);
        if (existing is not null)
        {
            existing.MotherTongue |= motherTongue;
            return;
        }
        Languages.Add(motherTongue
            ? new LanguageSkill { Code = iso, MotherTongue = true }
            : new LanguageSkill
            {
                Code = iso,
                Listening = level("Listening"),
                Reading = level("Reading"),
                SpokenInteraction = level("SpokenInteraction"),
                SpokenProduction = level("SpokenProduction"),
                Writing = level("Writing"),
            });
    }

    internal static CefrLevel? Level(string? text) =>
        Enum.TryParse<CefrLevel>(text?.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : null;

    internal static string? Trimmed(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
