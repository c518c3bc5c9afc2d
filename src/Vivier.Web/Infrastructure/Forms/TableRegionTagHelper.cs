using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// Every data table (class "table") sits in a group of its own that scrolls sideways when the table
/// is wider than the screen, instead of pushing the page: focusable, so that a keyboard scrolls it
/// too (WCAG 2.1.1, axe "scrollable-region-focusable"), and named by the table's caption or title.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class TableRegionTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ').Contains("table", StringComparer.Ordinal))
        {
            return;
        }
        var label = output.Attributes["aria-labelledby"]?.Value?.ToString();
        var name = "";
        if (label is null)
        {
            var content = (await output.GetChildContentAsync()).GetContent();
            var caption = Caption().Match(content);
            if (caption.Success)
            {
                label = caption.Groups["id"].Success ? caption.Groups["id"].Value : "table-" + Guid.NewGuid().ToString("N")[..12];
                if (!caption.Groups["id"].Success)
                {
                    content = content.Remove(caption.Index, caption.Length).Insert(caption.Index, $"<caption id=\"{label}\"{caption.Groups["rest"].Value}>");
                }
                output.Content.SetHtmlContent(content);
            }
            else
            {
                name = $" aria-label=\"{System.Net.WebUtility.HtmlEncode(l["Layout.Table"])}\"";
            }
        }
        var labelled = label is null ? name : $" aria-labelledby=\"{label}\"";
        output.PreElement.SetHtmlContent($"<div class=\"table-region\" role=\"group\" tabindex=\"0\"{labelled}>");
        output.PostElement.SetHtmlContent("</div>");
    }

    [GeneratedRegex("<caption(?:\\s+id=\"(?<id>[^\"]+)\")?(?<rest>[^>]*)>")]
    private static partial Regex Caption();
}
