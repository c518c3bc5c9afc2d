using System.Collections.Concurrent;
using System.Text;

namespace Vivier.Core.Text;

/// <summary>
/// Messages with plurals and choices, in the ICU MessageFormat syntax translators know:
/// <c>{0, plural, =0 {aucune inscription} one {# inscription} other {# inscriptions}}</c> and
/// <c>{1, select, F {…} other {…}}</c>, nested freely with plain <c>{0}</c> or <c>{0:N0}</c>
/// arguments. <c>#</c> is the plural's number, formatted for the culture. A message without
/// "plural" or "select" is formatted as <see cref="string.Format(IFormatProvider, string, object[])"/>
/// formats it (<c>{{</c> and <c>}}</c> included), so every existing message keeps its meaning. In a
/// message with choices, braces are the syntax's only, and apostrophes are plain text (French
/// writes "l'étape"). In French, "de" and "que" before an argument that starts with a vowel elide
/// ("Demande d'Élise").
/// </summary>
public static partial class MessageFormat
{
    private static readonly ConcurrentDictionary<string, Node[]> Parsed = new(StringComparer.Ordinal);

    /// <summary>The message with its arguments, in <paramref name="culture"/>: its plural rules and its number format.</summary>
    public static string Format(CultureInfo culture, string pattern, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!HasChoices(pattern) && !(Elides(culture) && ElidableBeforeArgument().IsMatch(pattern) && !pattern.Contains("{{", StringComparison.Ordinal)))
        {
            return string.Format(culture, pattern, arguments);
        }
        // Patterns are the resources' own (a bounded set): each is parsed once.
        var nodes = Parsed.GetOrAdd(pattern, p => new Parser(p).Message(topLevel: true));
        var text = new StringBuilder(pattern.Length);
        Write(text, nodes, culture, arguments, number: null);
        return text.ToString();
    }

    /// <summary>Whether the pattern is one of ours (plural or select) rather than a plain composite format.</summary>
    public static bool HasChoices(string pattern) =>
        pattern.Contains(", plural,", StringComparison.Ordinal) || pattern.Contains(", select,", StringComparison.Ordinal);

    /// <summary>
    /// The CLDR plural category of a whole number: in French 0 and 1 are singular ("0 inscription",
    /// "1 inscription"); in English only 1.
    /// </summary>
    public static string PluralCategory(CultureInfo culture, decimal number)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var whole = decimal.Truncate(number) == number;
        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => whole && number is 0 or 1 || !whole && Math.Abs(number) < 2 ? "one" : "other",
            _ => whole && number == 1 ? "one" : "other",
        };
    }

    /// <param name="number">The enclosing plural's number, which <c>#</c> shows; null when it is not a number (then <paramref name="shown"/> is shown as given).</param>
    private static void Write(StringBuilder text, Node[] nodes, CultureInfo culture, object?[] arguments, decimal? number, string shown = "#")
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Literal literal:
                    text.Append(literal.Text);
                    break;
                case Hash when number is { } n:
                    text.Append(n.ToString(decimal.Truncate(n) == n ? "N0" : "G", culture));
                    break;
                case Hash:
                    text.Append(shown);
                    break;
                case Argument argument:
                    var formatted = string.Format(culture, argument.Format is null ? "{0}" : "{0:" + argument.Format + "}", Value(arguments, argument.Index));
                    if (Elides(culture))
                    {
                        Elide(text, formatted);
                    }
                    text.Append(formatted);
                    break;
                case Choice choice:
                    var value = Value(arguments, choice.Index);
                    if (choice.Plural && NumberOf(value, culture) is { } count)
                    {
                        var exact = "=" + count.ToString(CultureInfo.InvariantCulture);
                        Write(text, Branch(choice, exact) ?? Branch(choice, PluralCategory(culture, count)) ?? Branch(choice, "other")!, culture, arguments, count);
                    }
                    else if (choice.Plural)
                    {
                        // Not a number (a text that does not read as one): the general form, with the text as it came.
                        Write(text, Branch(choice, "other")!, culture, arguments, null, Convert.ToString(value, culture) ?? "");
                    }
                    else
                    {
                        var key = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                        Write(text, Branch(choice, key) ?? Branch(choice, "other")!, culture, arguments, number);
                    }
                    break;
            }
        }
    }

    /// <summary>The argument as a number: any numeric type, or a text written as a number in the culture (as a count already formatted would be).</summary>
    private static decimal? NumberOf(object? value, CultureInfo culture) => value switch
    {
        null => null,
        string text => decimal.TryParse(text, NumberStyles.Number, culture, out var parsed)
            || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out parsed) ? parsed : null,
        IConvertible number when value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            number.ToDecimal(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool Elides(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    /// <summary>
    /// French elision before a word that starts with a vowel: "Demande de Élise" is written
    /// "Demande d'Élise", "que Anne" "qu'Anne". Before an h, whether it elides depends on the word
    /// (aspirated or not): the text stays as written.
    /// </summary>
    private static void Elide(StringBuilder text, string next)
    {
        if (next.Length == 0 || !"aeiouyàâäéèêëîïôöùûüœæ".Contains(char.ToLowerInvariant(next[0]), StringComparison.Ordinal))
        {
            return;
        }
        foreach (var word in (ReadOnlySpan<string>)["de ", "que "])
        {
            var start = text.Length - word.Length;
            if (start >= 0 && string.Equals(text.ToString(start, word.Length), word, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                text.Length -= 2; // "e " → "'"
                text.Append('\'');
                return;
            }
        }
    }

    private static object? Value(object?[] arguments, int index) =>
        index < arguments.Length ? arguments[index] : throw new FormatException($"The message refers to argument {index}; {arguments.Length} given.");

    private static Node[]? Branch(Choice choice, string key) =>
        choice.Branches.FirstOrDefault(b => string.Equals(b.Key, key, StringComparison.Ordinal)).Value;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(de|que) \{\d")]
    private static partial System.Text.RegularExpressions.Regex ElidableBeforeArgument();

    private abstract record Node;

    private sealed record Literal(string Text) : Node;

    private sealed record Hash : Node;

    private sealed record Argument(int Index, string? Format) : Node;

    private sealed record Choice(int Index, bool Plural, IReadOnlyList<KeyValuePair<string, Node[]>> Branches) : Node;

    /// <summary>A recursive descent over the pattern: linear in its length, refusing what it does not understand.</summary>
    private sealed class Parser(string pattern)
    {
        /// <summary>Choices within choices: a message needs two or three levels; more is a mistake, refused before the stack suffers.</summary>
        private const int MaxDepth = 8;

        private int at;
        private int depth;

        public Node[] Message(bool topLevel, bool inPlural = false)
        {
            if (++depth > MaxDepth)
            {
                throw Fail("choices nested deeper than " + MaxDepth);
            }
            var nodes = new List<Node>();
            var literal = new StringBuilder();
            while (at < pattern.Length)
            {
                var c = pattern[at];
                if (c == '}')
                {
                    if (topLevel)
                    {
                        throw Fail("a '}' that closes nothing");
                    }
                    break;
                }
                else if (c == '{')
                {
                    Flush();
                    nodes.Add(Placeholder());
                }
                else if (c == '#' && inPlural)
                {
                    Flush();
                    nodes.Add(new Hash());
                    at++;
                }
                else
                {
                    literal.Append(c);
                    at++;
                }
            }
            if (!topLevel && at >= pattern.Length)
            {
                throw Fail("a '{' left open");
            }
            Flush();
            depth--;
            return [.. nodes];

            void Flush()
            {
                if (literal.Length > 0)
                {
                    nodes.Add(new Literal(literal.ToString()));
                    literal.Clear();
                }
            }
        }

        private Node Placeholder()
        {
            at++; // '{'
            SkipSpaces();
            var start = at;
            while (at < pattern.Length && char.IsAsciiDigit(pattern[at]))
            {
                at++;
            }
            if (at == start || at - start > 2)
            {
                throw Fail("an argument without its number");
            }
            var index = int.Parse(pattern.AsSpan(start, at - start), CultureInfo.InvariantCulture);
            SkipSpaces();
            switch (Peek(0))
            {
                case '}':
                    at++;
                    return new Argument(index, null);
                case ':':
                    var end = pattern.IndexOf('}', at);
                    if (end < 0)
                    {
                        throw Fail("a format left open");
                    }
                    var format = pattern[(at + 1)..end];
                    at = end + 1;
                    return new Argument(index, format);
                case ',':
                    at++;
                    return Choices(index);
                default:
                    throw Fail("an argument that is neither plain, formatted, plural nor select");
            }
        }

        private Choice Choices(int index)
        {
            var kind = Word();
            if (kind is not ("plural" or "select"))
            {
                throw Fail($"'{kind}' where plural or select was expected");
            }
            SkipSpaces();
            if (Peek(0) != ',')
            {
                throw Fail("a missing ',' after " + kind);
            }
            at++;
            var branches = new List<KeyValuePair<string, Node[]>>();
            while (true)
            {
                SkipSpaces();
                if (Peek(0) == '}')
                {
                    at++;
                    break;
                }
                var key = Word();
                SkipSpaces();
                if (key.Length == 0 || Peek(0) != '{')
                {
                    throw Fail("a choice without its '{…}'");
                }
                at++;
                var nodes = Message(topLevel: false, inPlural: kind == "plural");
                at++; // '}'
                branches.Add(new(key, nodes));
            }
            if (!branches.Exists(b => b.Key == "other"))
            {
                throw Fail("a choice without its 'other' branch");
            }
            return new Choice(index, kind == "plural", branches);
        }

        private string Word()
        {
            SkipSpaces();
            var start = at;
            while (at < pattern.Length && (char.IsLetterOrDigit(pattern[at]) || pattern[at] is '=' or '_' or '-'))
            {
                at++;
            }
            return pattern[start..at];
        }

        private void SkipSpaces()
        {
            while (at < pattern.Length && char.IsWhiteSpace(pattern[at]))
            {
                at++;
            }
        }

        private char Peek(int ahead) => at + ahead < pattern.Length ? pattern[at + ahead] : '\0';

        private FormatException Fail(string what) => new($"Message pattern: {what} at {at} in \"{pattern}\".");
    }
}
