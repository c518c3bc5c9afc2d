using System.Diagnostics;
using System.Globalization;
using Vivier.Core.Text;

namespace Vivier.Tests.Platform;

/// <summary>Plurals and choices as translators write them (ICU MessageFormat), French and English rules.</summary>
public sealed class MessageFormatTests
{
    private static readonly CultureInfo French = new("fr-FR");
    private static readonly CultureInfo English = new("en-GB");
    private const string Found = "{0, plural, =0 {Aucune personne trouvée} one {# personne trouvée} other {# personnes trouvées}}";
    private const string FoundEn = "{0, plural, =0 {Nobody found} one {# person found} other {# people found}}";

    [Theory]
    [InlineData(0, "Aucune personne trouvée")]
    [InlineData(1, "1 personne trouvée")]
    [InlineData(2, "2 personnes trouvées")]
    [InlineData(1234, "1\u202F234 personnes trouvées")]
    public void French_counts_agree_in_number(int count, string expected) =>
        Assert.Equal(expected, MessageFormat.Format(French, Found, count));

    [Theory]
    [InlineData(0, "Nobody found")]
    [InlineData(1, "1 person found")]
    [InlineData(2, "2 people found")]
    public void English_counts_agree_in_number(int count, string expected) =>
        Assert.Equal(expected, MessageFormat.Format(English, FoundEn, count));

    [Fact]
    public void Zero_is_singular_in_French_and_plural_in_English_without_an_exact_branch()
    {
        const string pattern = "{0, plural, one {# inscription} other {# inscriptions}}";
        Assert.Equal("0 inscription", MessageFormat.Format(French, pattern, 0));
        Assert.Equal("0 inscriptions", MessageFormat.Format(English, pattern, 0));
    }

    [Fact]
    public void Choices_nest_with_plain_and_formatted_arguments()
    {
        const string pattern = "{0} : {1, plural, one {# ligne sur {2:N0}} other {# lignes sur {2:N0}}} ({3, select, draft {brouillon} other {envoyé}})";
        Assert.Equal("Fichier : 3 lignes sur 2\u202F000 (brouillon)", MessageFormat.Format(French, pattern, "Fichier", 3, 2000, "draft"));
        Assert.Equal("Fichier : 1 ligne sur 5 (envoyé)", MessageFormat.Format(French, pattern, "Fichier", 1, 5, "sent"));
    }

    [Fact]
    public void A_count_given_as_formatted_text_still_chooses_its_form_and_other_text_takes_the_general_one()
    {
        Assert.Equal("1\u202F234 personnes trouvées", MessageFormat.Format(French, Found, 1234.ToString("N0", French)));
        Assert.Equal("beaucoup personnes trouvées", MessageFormat.Format(French, Found, "beaucoup"));
    }

    [Fact]
    public void Messages_without_choices_format_as_before_apostrophes_and_braces_included()
    {
        Assert.Equal("L'étape {3} de 4", MessageFormat.Format(French, "L'étape {{3}} de {0}", 4));
        Assert.Equal("l'étape 2 : une candidature", MessageFormat.Format(French, "l'étape {0} : {1, plural, one {une candidature} other {# candidatures}}", 2, 1));
    }

    [Theory]
    [InlineData("Demande de {0}", "Élise", "Demande d'Élise")]
    [InlineData("Demande de {0}", "Marc", "Demande de Marc")]
    [InlineData("Demande de {0}", "Hélène", "Demande de Hélène")]
    [InlineData("De {0} à Paris", "Anne", "D'Anne à Paris")]
    [InlineData("Il faut que {0} signe", "Yves", "Il faut qu'Yves signe")]
    [InlineData("Plus de {0} personnes", "11", "Plus de 11 personnes")]
    [InlineData("Un monde {0}", "ouvert", "Un monde ouvert")]
    public void French_elides_de_and_que_before_a_vowel(string pattern, string name, string expected)
    {
        Assert.Equal(expected, MessageFormat.Format(French, pattern, name));
        Assert.Equal(pattern.Replace("{0}", name, StringComparison.Ordinal), MessageFormat.Format(English, pattern, name));
    }

    [Theory]
    [InlineData("{0, plural, one {# a}}")]
    [InlineData("{0, plural, one {# a} other {# b}")]
    [InlineData("{0, plural, one {# a} other # b}")]
    [InlineData("{0, plurals, one {a} other {b}}")]
    [InlineData("{x, plural, one {a} other {b}}")]
    [InlineData("a } {0, select, other {b}}")]
    public void A_malformed_pattern_is_refused_with_its_reason(string pattern) =>
        Assert.Throws<FormatException>(() => MessageFormat.Format(French, pattern, 1));

    [Fact]
    public void Choices_nest_a_few_levels_and_no_deeper()
    {
        static string Nested(int depth) => string.Concat(Enumerable.Repeat("{0, select, a {x} other {", depth)) + "y" + new string('}', depth * 2);

        Assert.Equal("y", MessageFormat.Format(French, Nested(7), "b"));
        var watch = Stopwatch.StartNew();
        Assert.Throws<FormatException>(() => MessageFormat.Format(French, Nested(100_000), "b"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), watch.Elapsed.ToString());
    }

    [Fact]
    public void Parsing_stays_linear_on_a_long_pattern()
    {
        var pattern = string.Concat(Enumerable.Repeat("{0, plural, one {# a {1}} other {# b {1:N0}}} ", 20_000));
        var watch = Stopwatch.StartNew();
        var text = MessageFormat.Format(French, pattern, 2, 3000);
        Assert.StartsWith("2 b 3\u202F000 2 b", text, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }
}
