using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>What the event pages (new, edit) share: the form, and the editor's problems put on its fields.</summary>
public abstract class EventFormPage(IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();

    protected void AddProblems(Dictionary<string, string> problems, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var key in ModelState.Keys.ToList())
        {
            // A date the browser could not send as one: the editor's message says what is expected.
            if (ModelState[key]!.Errors.Count > 0)
            {
                ModelState[key]!.Errors.Clear();
                ModelState.AddModelError(key, l["Events.Date.Invalid"]);
            }
        }
        foreach (var (field, key) in problems)
        {
            if (!ModelState.ContainsKey($"{prefix}.{field}") || ModelState[$"{prefix}.{field}"]!.Errors.Count == 0)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", l[key]);
            }
        }
    }
}
