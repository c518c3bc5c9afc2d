namespace Vivier.Web.Features.Events.Manage;

/// <summary>What the event pages (new, edit) share: the form.</summary>
public abstract class EventFormPage : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();
}
