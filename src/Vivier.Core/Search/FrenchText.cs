namespace Vivier.Core.Search;

/// <summary>
/// The one normaliser behind search on both databases: the indexed text and every query go through
/// it, so SQLite and PostgreSQL compare the same tokens. Case and accents are folded, ligatures
/// spelt out, and a light French stemming makes singular and plural one word
/// ("Cybersécurités" → "cybersecurite", "journaux" → "journal").
/// </summary>
public static class FrenchText
{
    public const int MaxQueryTokens = 12;

    /// <summary>The text's tokens, normalised, in order, with repeats.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsAsciiLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return Stem(folded[start..i]);
                start = -1;
            }
        }
    }

    /// <summary>Normalised text for an index: distinct tokens separated by spaces.</summary>
    public static string ForIndex(params string?[] parts) =>
        string.Join(' ', parts.SelectMany(Tokens).Distinct(StringComparer.Ordinal));

    /// <summary>The distinct tokens of a query, at most <see cref="MaxQueryTokens"/>.</summary>
    public static IReadOnlyList<string> QueryTokens(string? query) =>
        Tokens(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens).ToList();

    /// <summary>Whether every query token stands in one of the indexed texts (<see cref="ForIndex"/>'s), as a search in a column does.</summary>
    public static bool HasEvery(IReadOnlyList<string> tokens, params string[] indexed)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var text = string.Join(' ', indexed);
        return tokens.All(token => text.Contains(token, StringComparison.Ordinal));
    }

    private static string Fold(string text)
    {
        var decomposed = text.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    /// <summary>
    /// Plural to singular, lightly: -aux → -al; -ux → -u (jeux, bijoux, bureaux); a final -s but not
    /// -ss (words of 4 letters and more). Singular words in -x (prix, choix) are left alone.
    /// </summary>
    private static string Stem(string token)
    {
        if (token.Length >= 5 && token.EndsWith("aux", StringComparison.Ordinal))
        {
            return token[..^3] + "al";
        }
        if (token.Length >= 4 && ((token[^1] == 's' && token[^2] != 's') || (token[^1] == 'x' && token[^2] == 'u')))
        {
            return token[..^1];
        }
        return token;
    }
}
