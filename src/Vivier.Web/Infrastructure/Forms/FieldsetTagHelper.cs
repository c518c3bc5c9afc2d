using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// A list of choices (radios, boxes) or a grid of inputs under one question, in the GOV.UK
/// pattern: the question as the legend, an optional hint, the error message above the choices,
/// the fieldset described by both and named by the field so the error summary links to it. The
/// choices are the element's content.
/// Usage: &lt;vivier-fieldset name="Input.ParticipantType" legend="Events.Form.ParticipantType"&gt;…radios…&lt;/vivier-fieldset&gt;
/// </summary>
[HtmlTargetElement("vivier-fieldset")]
public sealed class FieldsetTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    /// <summary>The field's posted name: the key of its errors and, sanitised, the fieldset's id.</summary>
    public required string Name { get; set; }
    /// <summary>Resource key of the question.</summary>
    public string? Legend { get; set; }
    /// <summary>A question that is data or already translated (a survey's title in it).</summary>
    public string? LegendText { get; set; }
    /// <summary>Resource key of a hint under the question.</summary>
    public string? Hint { get; set; }
    /// <summary>Classes of the fieldset, instead of the default spacing.</summary>
    public string Class { get; set; } = "mb-4";

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = TagBuilder.CreateSanitizedId(Name, "_");
        var errors = FieldErrors.Of(ViewContext, Name);
        var describedBy = new List<string>();
        var choices = await output.GetChildContentAsync();

        output.TagName = "fieldset";
        output.Attributes.SetAttribute("class", $"{Class} field{(errors.Count > 0 ? " field-with-error" : "")}".Trim());
        output.Attributes.SetAttribute("id", id);
        output.Content.AppendHtml($"<legend class=\"fs-6 fw-bold\">{HtmlEncoder.Default.Encode(LegendText ?? l[Legend ?? Name])}</legend>");
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            output.Content.AppendHtml($"<div id=\"{id}-hint\" class=\"form-text field-hint\">{HtmlEncoder.Default.Encode(l[Hint])}</div>");
        }
        if (errors.Count > 0)
        {
            describedBy.Add($"{id}-error");
            output.Content.AppendHtml(FieldErrors.Message($"{id}-error", errors, l));
        }
        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }
        output.Content.AppendHtml(choices);
    }
}
