namespace Vivier.Core.Events;

/// <summary>
/// How audiences, session types and participant types are written in URLs and JSON (kebab-case,
/// as the API documents them), and how a Paris wall-clock time is read.
/// </summary>
public static class EventNames
{
    public static readonly IReadOnlyDictionary<string, EventAudience> Audiences = new Dictionary<string, EventAudience>
    {
        ["open"] = EventAudience.Open, ["invitation"] = EventAudience.Invitation, ["approval"] = EventAudience.Approval,
    };

    public static readonly IReadOnlyDictionary<string, SessionType> SessionTypes = new Dictionary<string, SessionType>
    {
        ["plenary"] = SessionType.Plenary, ["workshop"] = SessionType.Workshop, ["carte-blanche"] = SessionType.CarteBlanche,
        ["debate"] = SessionType.Debate, ["ceremony"] = SessionType.Ceremony, ["training"] = SessionType.Training,
    };

    public static readonly IReadOnlyDictionary<string, ParticipantType> ParticipantTypes = new Dictionary<string, ParticipantType>
    {
        ["expert"] = ParticipantType.Expert, ["first-time-departee"] = ParticipantType.FirstTimeDeparting, ["partner"] = ParticipantType.Partner,
        ["sponsor"] = ParticipantType.Sponsor, ["staff"] = ParticipantType.Staff, ["guest"] = ParticipantType.Guest,
    };

    public static string Name<T>(IReadOnlyDictionary<string, T> names, T value) where T : struct, Enum =>
        names.First(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Key;

    public static bool TryRead<T>(IReadOnlyDictionary<string, T> names, string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && names.TryGetValue(text.Trim().ToLowerInvariant(), out value);
    }

    /// <summary>
    /// A time as sent: with an offset it is that instant; without, it is Paris wall-clock time
    /// (the programme is printed so). A Paris time skipped by the spring change is refused.
    /// </summary>
    public static bool TryInstant(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                return false;
            }
            utc = instant.UtcDateTime;
            return CalendarRange.Contains(utc);
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || ParisTime.Zone.IsInvalidTime(local))
        {
            return false;
        }
        if (!CalendarRange.Contains(local))
        {
            return false;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(local, ParisTime.Zone);
        return true;
    }

    /// <summary>An instant as the API writes it: Paris time with its offset.</summary>
    public static DateTimeOffset Paris(DateTime utc)
    {
        var u = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(u).ToOffset(ParisTime.Zone.GetUtcOffset(u));
    }
}
