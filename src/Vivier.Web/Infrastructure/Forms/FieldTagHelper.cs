using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// A form field in the GOV.UK pattern: label, optional hint, the error message above the control
/// (prefixed for screen readers), and aria-describedby tying them together. The field is a model
/// property (<c>asp-for</c>) or, for fields a view repeats over data, a posted name with its value.
/// Any other attribute (autofocus, spellcheck, maxlength, data-…) goes on the control.
/// Usage: &lt;vivier-field asp-for="Input.Email" type="email" autocomplete="email" hint="Account.Email.Hint" /&gt;,
/// &lt;vivier-field name="Answers[0]" value="…" label-text="…" type="textarea" rows="4" /&gt;,
/// &lt;vivier-field asp-for="Input.Country" type="select" items="…" empty-option="Networking.Form.Choose" /&gt;.
/// </summary>
[HtmlTargetElement("vivier-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>Without <c>asp-for</c>: the posted name, which is also the key of its errors.</summary>
    public string? Name { get; set; }
    /// <summary>Without <c>asp-for</c>: the value shown.</summary>
    public string? Value { get; set; }
    /// <summary>The control's id; by default the name, sanitised as the error summary links to it.</summary>
    public string? Id { get; set; }
    /// <summary>The ModelState key of the field's errors, when it is not the posted name.</summary>
    public string? ErrorKey { get; set; }

    public string Type { get; set; } = "text";
    /// <summary>Resource key of the label; by default the property's display name.</summary>
    public string? Label { get; set; }
    /// <summary>A label that is data, not a resource (a screening question, a table row's name).</summary>
    public string? LabelText { get; set; }
    /// <summary>The label is read by screen readers only (a table cell under its column header).</summary>
    public bool LabelHidden { get; set; }
    /// <summary>Resource key of a hint shown under the label.</summary>
    public string? Hint { get; set; }
    public int Rows { get; set; } = 8;
    /// <summary>For a textarea of Markdown: the id of the element that shows its live preview.</summary>
    public string? Preview { get; set; }
    /// <summary>A select's options.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }
    /// <summary>Resource key of a select's empty first option.</summary>
    public string? EmptyOption { get; set; }
    /// <summary>Classes of the field's wrapper, instead of the default spacing.</summary>
    public string Class { get; set; } = "mb-4";
    /// <summary>Classes added to the control (form-control-lg, a width).</summary>
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For?.Name ?? Name ?? throw new InvalidOperationException("vivier-field needs asp-for or name.");
        var id = Id ?? TagBuilder.CreateSanitizedId(name, "_");
        var errors = FieldErrors.Of(ViewContext, ErrorKey ?? name);
        // RGAA 11.10: a field its input declares [Required] says so before the form is sent (a box is never required).
        var required = Type != "checkbox" && For?.Metadata is { } metadata && IsRequired(metadata);
        var control = new FieldControl(id, name, errors.Count > 0, ControlAttributes(output) + (required ? " aria-required=\"true\"" : ""));
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", $"{Class} field{(errors.Count > 0 ? " field-with-error" : "")}".Trim());
        var html = output.Content;
        var label = LabelText ?? l[Label ?? For?.Metadata.DisplayName ?? name].Value;
        var isCheckbox = Type == "checkbox";
        if (!isCheckbox)
        {
            html.AppendHtml($"<label class=\"{(LabelHidden ? "visually-hidden" : "form-label fw-bold")}\" for=\"{id}\">{Encode(label)}</label>");
        }
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            html.AppendHtml($"<div id=\"{id}-hint\" class=\"form-text field-hint\">{Encode(l[Hint])}</div>");
        }
        if (errors.Count > 0)
        {
            describedBy.Add($"{id}-error");
            html.AppendHtml(FieldErrors.Message($"{id}-error", errors, l));
        }
        control.DescribedBy = describedBy;
        html.AppendHtml(Type switch
        {
            "checkbox" => control.Checkbox(For?.Model is true || Value == "true", Encode(label)),
            "textarea" => control.Textarea(Text(), Rows, Preview, InputClass),
            "select" => control.Select(Options(), InputClass),
            _ => control.Input(Type, Type == "password" ? "" : Text(), InputClass),
        });
    }

    /// <summary>Whether the field's property, or the same property of the input its form takes its rules from, is [Required].</summary>
    private static bool IsRequired(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata metadata) =>
        metadata is { ContainerType: { } container, PropertyName: { } property }
        && new[] { container, container.GetCustomAttribute<RulesOfAttribute>()?.Input }
            .Any(type => type?.GetProperty(property)?.IsDefined(typeof(System.ComponentModel.DataAnnotations.RequiredAttribute), inherit: true) == true);

    private string Text() => For is null ? Value ?? "" : For.Model switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // A list of codes edited in one field ("15111 15142").
        IEnumerable<string> codes => string.Join(' ', codes),
        { } model => model.ToString() ?? "",
        null => "",
    };

    private IEnumerable<SelectListItem> Options()
    {
        var selected = Text();
        if (EmptyOption is not null)
        {
            yield return new SelectListItem(l[EmptyOption], "");
        }
        foreach (var item in Items ?? [])
        {
            yield return new SelectListItem(item.Text, item.Value, item.Selected || item.Value == selected, item.Disabled) { Group = item.Group };
        }
    }

    /// <summary>The attributes the view wrote that are not the helper's own: they belong to the control.</summary>
    private static string ControlAttributes(TagHelperOutput output)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var attribute in output.Attributes)
        {
            writer.Write(' ');
            attribute.WriteTo(writer, HtmlEncoder.Default);
        }
        return writer.ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
