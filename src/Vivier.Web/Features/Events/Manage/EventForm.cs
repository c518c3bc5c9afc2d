using System.ComponentModel.DataAnnotations;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>The event form's fields; instants are Paris wall-clock times as a datetime-local input gives them.</summary>
[RulesOf(typeof(EventInput))]
public sealed class EventForm
{
    [Display(Name = "Events.Form.Title")] public string? Title { get; set; }
    [Display(Name = "Events.Form.TitleEn")] public string? TitleEn { get; set; }
    [Display(Name = "Events.Form.Description")] public string? Description { get; set; }
    [Display(Name = "Events.Form.DescriptionEn")] public string? DescriptionEn { get; set; }
    [Display(Name = "Events.Form.StartDate")] public DateOnly? StartDate { get; set; }
    [Display(Name = "Events.Form.EndDate")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Events.Form.Venue")] public string? Venue { get; set; }
    public string Audience { get; set; } = "open";
    [Display(Name = "Events.Form.RegistrationOpensAt")] public string? RegistrationOpensAt { get; set; }
    [Display(Name = "Events.Form.RegistrationClosesAt")] public string? RegistrationClosesAt { get; set; }
    [Display(Name = "Events.Form.Questions")] public string? Questions { get; set; }
    [Display(Name = "Events.Form.SignatoryName")] public string? SignatoryName { get; set; }
    [Display(Name = "Events.Form.SignatoryTitle")] public string? SignatoryTitle { get; set; }

    public EventInput ToInput() => new(Title, TitleEn, Description, DescriptionEn, StartDate, EndDate, Venue, Audience, RegistrationOpensAt, RegistrationClosesAt,
        (Questions ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), SignatoryName, SignatoryTitle);

    public static EventForm Of(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Title = e.Title, TitleEn = e.TitleEn, Description = e.Description, DescriptionEn = e.DescriptionEn, StartDate = e.StartDate, EndDate = e.EndDate,
            Venue = e.Venue, Audience = EventNames.Name(EventNames.Audiences, e.Audience),
            RegistrationOpensAt = Local(e.RegistrationOpensAt), RegistrationClosesAt = Local(e.RegistrationClosesAt), Questions = string.Join("\n", e.Questions),
            SignatoryName = e.SignatoryName, SignatoryTitle = e.SignatoryTitle,
        };
    }

    /// <summary>An instant as a datetime-local input shows it, in Paris time.</summary>
    public static string Local(DateTime utc) => ParisTime.Local(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The session form's fields. Speakers are one per line, "Name, title"; themes are codes.</summary>
[RulesOf(typeof(SessionInput))]
public sealed class SessionForm
{
    [Display(Name = "Events.Form.SessionTitle")] public string? Title { get; set; }
    [Display(Name = "Events.Form.TitleEn")] public string? TitleEn { get; set; }
    [Display(Name = "Events.Form.SessionDescription")] public string? Description { get; set; }
    public string Type { get; set; } = "workshop";
    [Display(Name = "Events.Form.Room")] public string? Room { get; set; }
    [Display(Name = "Events.Form.Start")] public string? Start { get; set; }
    [Display(Name = "Events.Form.End")] public string? End { get; set; }
    [Display(Name = "Events.Form.Capacity")] public int? Capacity { get; set; }
    [Display(Name = "Events.Form.Speakers")] public string? Speakers { get; set; }
    public List<string> Themes { get; set; } = [];

    public SessionInput ToInput() => new(Title, TitleEn, Description, Type, Room, Start, End, Capacity, Themes,
        (Speakers ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries)).Select(parts => new SpeakerInput(parts[0], parts.Length > 1 ? parts[1] : null)).ToList());

    public static SessionForm Of(Session s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            Title = s.Title, TitleEn = s.TitleEn, Description = s.Description, Type = EventNames.Name(EventNames.SessionTypes, s.Type), Room = s.Room,
            Start = EventForm.Local(s.Start), End = EventForm.Local(s.End), Capacity = s.Capacity, Themes = s.Themes.Select(t => t.Code).ToList(),
            Speakers = string.Join("\n", s.Speakers.OrderBy(x => x.Order).Select(x => x.Role is null ? x.Name : $"{x.Name}, {x.Role}")),
        };
    }
}
