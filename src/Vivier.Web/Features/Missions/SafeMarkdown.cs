using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// Markdown written by staff, rendered so that no script gets through: raw HTML is not interpreted,
/// and the result is sanitised (links keep http, https and mailto only).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseListExtras().Build();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static HtmlString Render(string? markdown) =>
        new(Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline)));

    /// <summary>Plain text, for JSON-LD descriptions, feeds and meta tags.</summary>
    public static string PlainText(string? markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
