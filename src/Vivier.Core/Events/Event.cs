using Vivier.Core.Inputs;

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
    /// <summary>How many days after its first an event's last may be.</summary>
    public const int MaxDays = 31;
    /// <summary>The events' forms say "required" and "too long" alike for every text.</summary>
    public const string RequiredKey = "Events.Field.Required", TooLongKey = "Events.Field.TooLong";

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

    /// <summary>
    /// The organiser's text for the event: the rules <see cref="EventInput"/> declares, and the one
    /// that needs the event (a registration window that opens at its creation by default must close
    /// after it). What is refused is named by field; nothing changes unless all is accepted.
    /// </summary>
    public FieldRefusals Apply(EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new FieldRefusals();
        refusals.AddRange(DeclaredRules.Check(input));
        EventNames.TryRead(EventNames.Audiences, input.Audience ?? "open", out var audience);
        var opens = Instant(input.RegistrationOpensAt) ?? CreatedAt;
        var closes = Instant(input.RegistrationClosesAt) ?? (input.StartDate is { } day ? StartsAt(day) : CreatedAt);
        if (closes <= opens && !refusals.Has("RegistrationOpensAt") && !refusals.Has("RegistrationClosesAt"))
        {
            refusals.Add("RegistrationClosesAt", "Events.Window.Order");
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        Title = input.Title!.Trim();
        TitleEn = Trimmed(input.TitleEn);
        Description = Trimmed(input.Description);
        DescriptionEn = Trimmed(input.DescriptionEn);
        Venue = input.Venue!.Trim();
        SignatoryName = Trimmed(input.SignatoryName);
        SignatoryTitle = Trimmed(input.SignatoryTitle);
        (StartDate, EndDate) = (input.StartDate!.Value, input.EndDate!.Value);
        Audience = audience;
        (RegistrationOpensAt, RegistrationClosesAt) = (opens, closes);
        Questions = QuestionsOf(input.Questions);
        Version++;
        return refusals;
    }

    /// <summary>The questions as asked: trimmed, blank ones and repeats left out.</summary>
    public static List<string> QuestionsOf(IEnumerable<string?>? questions) =>
        (questions ?? []).Select(q => q?.Trim() ?? "").Where(q => q.Length > 0).Distinct().ToList();

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTime? Instant(string? text) => EventNames.TryInstant(text, out var utc) ? utc : null;

    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);

    /// <summary>When the event is over: its last session's end, or the end of its last day in Paris when it has no session.</summary>
    public static DateTime EndsAt(DateOnly endDate, DateTime? lastSessionEnd) =>
        lastSessionEnd ?? (endDate == DateOnly.MaxValue ? DateTime.MaxValue : StartsAt(endDate.AddDays(1)));

    /// <summary>The registration window's default end: the event's first morning, midnight in Paris.</summary>
    public static DateTime StartsAt(DateOnly startDate) => Missions.ParisTime.At(startDate, 0);
}
