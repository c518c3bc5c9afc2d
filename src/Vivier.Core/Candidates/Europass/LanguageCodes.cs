namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// Today's Europass names languages by ISO 639-2 (three letters, "fra" or "fre"); Vivier by ISO
/// 639-1 ("fr"). The terminology codes come from .NET's culture data; the bibliographic ones that
/// differ are listed here.
/// </summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> Bibliographic = new(StringComparer.Ordinal)
    {
        ["alb"] = "sq", ["arm"] = "hy", ["baq"] = "eu", ["bur"] = "my", ["chi"] = "zh", ["cze"] = "cs", ["dut"] = "nl",
        ["fre"] = "fr", ["geo"] = "ka", ["ger"] = "de", ["gre"] = "el", ["ice"] = "is", ["mac"] = "mk", ["mao"] = "mi",
        ["may"] = "ms", ["per"] = "fa", ["rum"] = "ro", ["slo"] = "sk", ["tib"] = "bo", ["wel"] = "cy",
    };

    private static readonly Lazy<Dictionary<string, string>> Terminology = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.TwoLetterISOLanguageName is { Length: 2 } two && culture.ThreeLetterISOLanguageName is { Length: 3 } three)
            {
                map.TryAdd(three, two);
            }
        }
        return map;
    });

    /// <summary>The two-letter code for a two- or three-letter one, or null.</summary>
    public static string? ToTwoLetters(string? code)
    {
        var value = code?.Trim().ToLowerInvariant();
        return value switch
        {
            { Length: 2 } when value.All(char.IsAsciiLetterLower) => value,
            { Length: 3 } => Bibliographic.GetValueOrDefault(value) ?? Terminology.Value.GetValueOrDefault(value),
            _ => null,
        };
    }
}
