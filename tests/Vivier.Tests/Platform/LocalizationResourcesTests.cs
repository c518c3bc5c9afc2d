using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>Every string goes through the resources, and exists in both languages.</summary>
public sealed partial class LocalizationResourcesTests
{
    private static readonly string Resources = Repository.PathOf("src", "Vivier.Web", "Resources");

    [Fact]
    public void French_and_English_resources_hold_the_same_keys_none_empty()
    {
        var french = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");

        Assert.Equal(french.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(french.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void French_text_writes_inclusive_forms_in_full_without_the_median_point()
    {
        var french = Read("SharedResource.resx");

        Assert.All(french, entry => Assert.DoesNotMatch(MedianPoint(), entry.Value));
    }

    [Fact]
    public void Counts_agree_in_number_through_plural_messages_never_parentheses()
    {
        var french = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");

        // "candidature(s)", "expert(s)", "review(s)": what a plural message says properly.
        Assert.All(french.Concat(english), entry => Assert.DoesNotMatch(ParenthesisedPlural(), entry.Value));
    }

    [Fact]
    public void Every_message_formats_in_both_languages_with_the_arguments_it_names()
    {
        foreach (var (file, culture) in new[] { ("SharedResource.resx", "fr-FR"), ("SharedResource.en.resx", "en-GB") })
        {
            foreach (var (key, value) in Read(file))
            {
                var arguments = Enumerable.Range(0, 10).Select(i => (object)(i + 1)).ToArray();
                // A message that does not parse (an unclosed choice, no "other" branch) fails here, not in front of a user.
                var text = Vivier.Core.Text.MessageFormat.Format(new System.Globalization.CultureInfo(culture), value, arguments);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{file}: {key}");
            }
        }
    }

    [Fact]
    public void Every_key_a_page_names_exists()
    {
        var keys = Read("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Repository.PathOf("src", "Vivier.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = pages
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .Concat(Vivier.Web.Infrastructure.Navigation.Items.Select(i => (File: "Navigation", Key: i.TextKey)))
            .Where(use => !keys.Contains(use.Key))
            .ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    // "expert·es", "candidat.e.s": forms screen readers stumble on.
    [GeneratedRegex(@"\p{L}[·•]\p{L}|\p{Ll}\.e\.?s\b")]
    private static partial Regex MedianPoint();

    [GeneratedRegex(@"\p{L}\((s|e|es|x)\)")]
    private static partial Regex ParenthesisedPlural();

    [GeneratedRegex("""L\["([A-Za-z][A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
