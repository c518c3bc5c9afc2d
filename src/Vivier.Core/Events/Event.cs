namespace Vivier.Core.Events;

/// <summary>Who may register: anyone signed in, only the people invited, or anyone but an organiser confirms.</summary>
public enum EventAudience { Open, Invitation, Approval }

/// <summary>
/// A gathering of the programme: the annual expertise days, a pre-departure training. Its days are
/// Paris days; its sessions carry their own times. Registration is open between two instants (by
/// default from the event's creation until it starts).
/// </summary>
public sealed class Event
{
    public const int MaxTitle = 200;
    public const int MaxVenue = 300;
    public const int MaxDescription = 8000;
    public const int MaxQuestions = 10;
    public const int MaxQuestionLength = 300;
    public const int MaxSignatory = 200;
    public const int MaxMeetingTables = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    /// <summary>Plain text, paragraphs separated by a blank line.</summary>
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public required DateOnly StartDate { get; set; }
    public required DateOnly EndDate { get; set; }
    public required string Venue { get; set; }
    public EventAudience Audience { get; set; }
    /// <summary>The organiser's own questions to registrants, beyond the standard ones (arrival, needs, image rights).</summary>
    public List<string> Questions { get; set; } = [];
    public required DateTime RegistrationOpensAt { get; set; }
    public required DateTime RegistrationClosesAt { get; set; }
    public required DateTime CreatedAt { get; init; }
    public Guid? CreatedBy { get; init; }
    /// <summary>Who signs the visa invitation letters and attendance certificates, and their title.</summary>
    public string? SignatoryName { get; set; }
    public string? SignatoryTitle { get; set; }
    /// <summary>The length of a one-to-one meeting slot; the windows are <see cref="Networking.NetworkingWindow"/> rows.</summary>
    public int MeetingMinutes { get; set; } = 20;
    /// <summary>Tables for one-to-one meetings: as many meetings at once.</summary>
    public int MeetingTables { get; set; }
    /// <summary>Changes with every accepted <see cref="Apply"/>: an organiser's form read before another's save is refused.</summary>
    public int Version { get; private set; }

    /// <summary>The events' forms say "required" and "too long" alike for every text.</summary>
    public static FieldRefusals NewRefusals() => new("Events.Field.Required", "Events.Field.TooLong");

    /// <summary>
    /// The organiser's text for the event, every rule checked: what is refused is named by field, the
    /// rest is taken. The registration window defaults to open from the event's creation until it starts.
    /// </summary>
    public FieldRefusals Apply(EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = NewRefusals();
        Title = refusals.Required(input.Title, MaxTitle, "Title");
        TitleEn = refusals.Optional(input.TitleEn, MaxTitle, "TitleEn");
        Description = refusals.Optional(input.Description, MaxDescription, "Description");
        DescriptionEn = refusals.Optional(input.DescriptionEn, MaxDescription, "DescriptionEn");
        Venue = refusals.Required(input.Venue, MaxVenue, "Venue");
        SignatoryName = refusals.Optional(input.SignatoryName, MaxSignatory, "SignatoryName");
        SignatoryTitle = refusals.Optional(input.SignatoryTitle, MaxSignatory, "SignatoryTitle");
        if (input.StartDate is not { } start)
        {
            refusals.Add("StartDate", "Events.StartDate.Required");
        }
        else if (input.EndDate is not { } end)
        {
            refusals.Add("EndDate", "Events.EndDate.Required");
        }
        else if (end < start || end > start.AddDays(31))
        {
            refusals.Add("EndDate", "Events.EndDate.Range");
        }
        else
        {
            (StartDate, EndDate) = (start, end);
        }
        if (!EventNames.TryRead(EventNames.Audiences, input.Audience ?? "open", out var audience))
        {
            refusals.Add("Audience", "Events.Audience.Unknown");
        }
        Audience = audience;
        var opens = CreatedAt;
        if (!string.IsNullOrWhiteSpace(input.RegistrationOpensAt) && !EventNames.TryInstant(input.RegistrationOpensAt, out opens))
        {
            refusals.Add("RegistrationOpensAt", "Events.Instant.Invalid");
        }
        var closes = input.StartDate is { } day ? StartsAt(day) : CreatedAt;
        if (!string.IsNullOrWhiteSpace(input.RegistrationClosesAt) && !EventNames.TryInstant(input.RegistrationClosesAt, out closes))
        {
            refusals.Add("RegistrationClosesAt", "Events.Instant.Invalid");
        }
        else if (closes <= opens && !refusals.Has("RegistrationOpensAt"))
        {
            refusals.Add("RegistrationClosesAt", "Events.Window.Order");
        }
        (RegistrationOpensAt, RegistrationClosesAt) = (opens, closes);
        var questions = (input.Questions ?? []).Select(q => q?.Trim() ?? "").Where(q => q.Length > 0).Distinct().ToList();
        if (questions.Count > MaxQuestions || questions.Any(q => q.Length > MaxQuestionLength))
        {
            refusals.Add("Questions", "Events.Questions.Invalid");
        }
        Questions = questions;
        if (refusals.Count == 0)
        {
            Version++;
        }
        return refusals;
    }

    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);

    /// <summary>When the event is over: its last session's end, or the end of its last day in Paris when it has no session.</summary>
    public static DateTime EndsAt(DateOnly endDate, DateTime? lastSessionEnd) =>
        lastSessionEnd ?? (endDate == DateOnly.MaxValue ? DateTime.MaxValue : StartsAt(endDate.AddDays(1)));

    /// <summary>The registration window's default end: the event's first morning, midnight in Paris.</summary>
    public static DateTime StartsAt(DateOnly startDate) => Missions.ParisTime.At(startDate, 0);
}
