namespace Vivier.Web.Features.Events.Manage;

/// <summary>What the event pages (new, edit) share: the form, and the editor's problems put on its fields.</summary>
public abstract class EventFormPage(IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();

    protected void AddProblems(Dictionary<string, string> problems) => FormProblems.Add(ModelState, problems, l);
}
