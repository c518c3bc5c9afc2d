using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// Markdown written by staff, rendered so that no script gets through: raw HTML is not interpreted,
/// and the result is sanitised (links keep http, https and mailto only). Sanitising parses the
/// HTML again, a large share of a mission page's own work: results are kept by their exact source
/// text, so an edited text is a new key (never a stale page) and the same text is rendered once;
/// the cache's size bound keeps previews typed by staff from filling the memory.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseListExtras().Build();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Rendered texts, at most this many characters of source and result together (about 64 MB).</summary>
    private const long CachedCharacters = 32_000_000;
    private static readonly MemoryCache Rendered = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    public static HtmlString Render(string? markdown)
    {
        var source = markdown ?? "";
        if (Rendered.TryGetValue(source, out HtmlString? html))
        {
            return html!;
        }
        html = new HtmlString(Sanitizer.Sanitize(Markdown.ToHtml(source, Pipeline)));
        Rendered.Set(source, html, new MemoryCacheEntryOptions { Size = source.Length + html.Value!.Length });
        return html;
    }

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
