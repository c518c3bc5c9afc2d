using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vivier.Web.Features.Events;

/// <summary>Puts the desks' problems (field → resource key) on a form's fields, in the page's words rather than the framework's.</summary>
public static class FormProblems
{
    /// <summary>
    /// A value the browser sent that could not be read as its type (a malformed date or number)
    /// gets the desk's message for that field, or else a plain "enter a valid value".
    /// </summary>
    public static void Add(ModelStateDictionary state, IReadOnlyDictionary<string, string> problems, IStringLocalizer l, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(l);
        var unreadable = state.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).ToList();
        foreach (var key in unreadable)
        {
            state[key]!.Errors.Clear();
        }
        foreach (var (field, key) in problems)
        {
            state.AddModelError(field.Length == 0 ? "" : prefix.Length == 0 ? field : $"{prefix}.{field}", l[key]);
        }
        foreach (var key in unreadable.Where(k => state[k]!.Errors.Count == 0))
        {
            state.AddModelError(key, l["Events.Value.Invalid"]);
        }
    }
}
