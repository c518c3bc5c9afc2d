using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>The control of one field, as HTML: its id and name, its invalid state, the ids that describe it, and the view's own attributes.</summary>
internal sealed class FieldControl(string id, string name, bool invalid, string attributes)
{
    public IReadOnlyList<string> DescribedBy { get; set; } = [];

    private string Common => $"id=\"{id}\" name=\"{name}\"{attributes}{Aria}";
    private string Aria => (invalid ? " aria-invalid=\"true\"" : "") +
        (DescribedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', DescribedBy)}\"" : "");

    public string Input(string type, string value, string? extraClass) =>
        $"<input class=\"{Classes("form-control", extraClass)}\" type=\"{type}\" {Common} value=\"{Encode(value)}\">";

    public string Textarea(string value, int rows, string? preview, string? extraClass) =>
        $"<textarea class=\"{Classes("form-control", extraClass)}\" {Common} rows=\"{rows}\"{(preview is null ? "" : $" data-preview=\"{preview}\"")}>{Encode(value)}</textarea>";

    public string Select(IEnumerable<SelectListItem> options, string? extraClass) =>
        $"<select class=\"{Classes("form-select", extraClass)}\" {Common}>" + Options(options) + "</select>";

    /// <summary>
    /// A select's options, those of one group (consecutive, as <see cref="CountryChoices"/> orders
    /// them) in their optgroup; <paramref name="selected"/> marks the option of that value too.
    /// </summary>
    public static string Options(IEnumerable<SelectListItem> options, string? selected = null)
    {
        var html = new System.Text.StringBuilder();
        SelectListGroup? open = null;
        foreach (var o in options)
        {
            if (o.Group != open)
            {
                html.Append(open is null ? "" : "</optgroup>").Append(o.Group is null ? "" : $"<optgroup label=\"{Encode(o.Group.Name)}\">");
                open = o.Group;
            }
            html.Append($"<option value=\"{Encode(o.Value)}\"{(o.Selected || (selected is not null && o.Value == selected) ? " selected" : "")}{(o.Disabled ? " disabled" : "")}>{Encode(o.Text)}</option>");
        }
        return html.Append(open is null ? "" : "</optgroup>").ToString();
    }

    /// <summary>A box and its label; the hidden false is what an unticked box posts.</summary>
    public string Checkbox(bool isChecked, string encodedLabel) =>
        $"<div class=\"form-check\"><input class=\"{Classes("form-check-input", null)}\" type=\"checkbox\" {Common} value=\"true\"{(isChecked ? " checked" : "")}>" +
        $"<label class=\"form-check-label\" for=\"{id}\">{encodedLabel}</label></div>" +
        $"<input type=\"hidden\" name=\"{name}\" value=\"false\">";

    private string Classes(string baseClass, string? extraClass) =>
        string.Join(' ', new[] { baseClass, extraClass, invalid ? "is-invalid" : null }.Where(c => !string.IsNullOrEmpty(c)));

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
