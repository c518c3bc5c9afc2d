using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vivier.Web.Features.Events;

/// <summary>The event pages' forms: refusals beside their fields, a value the browser could not send as its type said as "enter a valid value".</summary>
public static class EventForms
{
    public static void Show(this ModelStateDictionary modelState, IEnumerable<Refusal> refusals, IStringLocalizer l, string prefix = "Input.") =>
        refusals.AddTo(modelState, l, "Events.Value.Invalid", prefix);
}
