using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// A form field in the GOV.UK pattern: label, optional hint, the error message above the input
/// (prefixed for screen readers), and aria-describedby tying them together.
/// Usage: &lt;vivier-field asp-for="Input.Email" type="email" autocomplete="email" hint="Account.Email.Hint" /&gt;
/// </summary>
[HtmlTargetElement("vivier-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    /// <summary>Resource key of a hint shown under the label.</summary>
    public string? Hint { get; set; }
    public string? Inputmode { get; set; }
    public int Rows { get; set; } = 8;
    /// <summary>For a textarea of Markdown: the id of the element that shows its live preview.</summary>
    public string? Preview { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = l[For.Metadata.DisplayName ?? name].Value;
        var errors = ViewContext.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "mb-4 field field-with-error" : "mb-4 field");
        var html = output.Content;
        var isCheckbox = Type == "checkbox";
        if (!isCheckbox)
        {
            html.AppendHtml($"<label class=\"form-label fw-bold\" for=\"{id}\">{Encode(label)}</label>");
        }
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            html.AppendHtml($"<div id=\"{id}-hint\" class=\"form-text field-hint\">{Encode(l[Hint])}</div>");
        }
        if (errors.Count > 0)
        {
            describedBy.Add($"{id}-error");
            html.AppendHtml($"<p id=\"{id}-error\" class=\"field-error-message\"><span class=\"visually-hidden\">{Encode(l["Form.ErrorPrefix"])}</span> {Encode(string.Join(" ", errors))}</p>");
        }
        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        var invalid = errors.Count > 0 ? " is-invalid\" aria-invalid=\"true" : "";
        if (isCheckbox)
        {
            var isChecked = For.Model is true ? " checked" : "";
            html.AppendHtml($"<div class=\"form-check\"><input class=\"form-check-input{invalid}\" type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{isChecked}{aria}>" +
                            $"<label class=\"form-check-label\" for=\"{id}\">{Encode(label)}</label></div>" +
                            $"<input type=\"hidden\" name=\"{name}\" value=\"false\">");
            return;
        }
        if (Type == "textarea")
        {
            var preview = Preview is null ? "" : $" data-preview=\"{Preview}\"";
            html.AppendHtml($"<textarea class=\"form-control{invalid}\" id=\"{id}\" name=\"{name}\" rows=\"{Rows}\"{aria}{preview}>{Encode(For.Model?.ToString() ?? "")}</textarea>");
            return;
        }
        var value = Type == "password" ? "" : Encode(For.Model is DateOnly date
            ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : For.Model?.ToString() ?? "");
        var autocomplete = Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"";
        var inputmode = Inputmode is null ? "" : $" inputmode=\"{Inputmode}\"";
        html.AppendHtml($"<input class=\"form-control{invalid}\" type=\"{Type}\" id=\"{id}\" name=\"{name}\" value=\"{value}\"{autocomplete}{inputmode}{aria}>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
