using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Vivier.BrowserTests;

/// <summary>axe-core's WCAG 2.0 and 2.1, level A and AA rules: what RGAA 4.1 builds on.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task<AxeResultItem[]> ViolationsAsync(IPage page) => (await page.RunAxe(WcagAA)).Violations;

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    {node.Target} {node.Html}");
            }
        }
        return text.ToString();
    }
}
