using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Vivier.BrowserTests;

/// <summary>
/// RGAA 8.2: the markup the server sends parses without an HTML5 parse error (tags closed and
/// nested as the parser expects, no duplicate attribute) and has no id used twice.
/// </summary>
internal static class HtmlValidity
{
    public static IReadOnlyList<string> ErrorsOf(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error)
            {
                errors.Add($"line {error.Position.Line}, column {error.Position.Column}: {error.Message}");
            }
        };
        var document = parser.ParseDocument(html);
        errors.AddRange(document.All.Where(e => !string.IsNullOrEmpty(e.Id)).GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"id \"{g.Key}\" used {g.Count()} times"));
        return errors;
    }
}
