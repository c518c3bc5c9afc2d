using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>A field's errors from the page's ModelState, and the GOV.UK message that shows them above the control.</summary>
internal static class FieldErrors
{
    public static IReadOnlyList<string> Of(ViewContext view, string key) =>
        view.ViewData.ModelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public static string Message(string id, IReadOnlyList<string> errors, IStringLocalizer l) =>
        $"<p id=\"{id}\" class=\"field-error-message\"><span class=\"visually-hidden\">{HtmlEncoder.Default.Encode(l["Form.ErrorPrefix"])}</span> {HtmlEncoder.Default.Encode(string.Join(" ", errors))}</p>";
}
