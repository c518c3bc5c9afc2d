using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Vivier.BrowserTests;

/// <summary>
/// axe-core's WCAG 2.0 and 2.1, level A and AA rules (what RGAA 4.1 builds on), run in the page
/// itself. Deque's wrapper runs each check in parts and finishes it in a new blank page, which
/// costs a renderer process and a second copy of axe per check; Vivier's pages have no frames, so
/// one <c>axe.run</c> on the document sees the same nodes at a fraction of the cost.
/// </summary>
public static class Axe
{
    /// <summary>The axe-core build that Deque's package ships (its embedded axe.min.js).</summary>
    private static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(AxeRunOptions).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("axe.min.js", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    });

    // Only violations are read, so axe details one node of the other kinds instead of every node of the page.
    private const string Run = """
        async () => JSON.stringify((await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'] },
            // Best practices the RGAA grid relies on: headings in order (9.1), no positive tabindex (12.8), one main heading.
            rules: { 'heading-order': { enabled: true }, 'tabindex': { enabled: true }, 'page-has-heading-one': { enabled: true }, 'empty-heading': { enabled: true }, 'landmark-unique': { enabled: true }, 'landmark-one-main': { enabled: true }, 'region': { enabled: true } },
            resultTypes: ['violations'],
        })).violations)
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<AxeViolation[]> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
        var violations = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<AxeViolation[]>(violations, Json)!;
    }

    public static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    {string.Join(" ", node.Target)} {node.Html}");
            }
        }
        return text.ToString();
    }
}

/// <summary>One rule a page breaks, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, AxeNode[] Nodes);

/// <summary>An element that breaks a rule: its selector (one per frame) and its markup.</summary>
public sealed record AxeNode([property: JsonPropertyName("target")] JsonElement[] Target, string Html);
