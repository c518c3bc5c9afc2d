namespace Vivier.Web.Features.Events;

/// <summary>Days and times as the pages print them, in the reader's language (times are Paris times).</summary>
public static class EventFormat
{
    public static string Days(DateOnly start, DateOnly end)
    {
        var culture = CultureInfo.CurrentCulture;
        return start == end ? start.ToString("D", culture) : $"{start.ToString("D", culture)} – {end.ToString("D", culture)}";
    }

    public static string Day(DateTimeOffset at) => at.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Hours(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>A span of UTC times as pages print it, in Paris time and the reader's language: "jeudi 29 août 2024, 12:40–13:00".</summary>
    public static string Slot(DateTime start, DateTime end) => Slot(start, end, CultureInfo.CurrentCulture);

    /// <summary>The same in a given language, for mails (written outside the reader's request).</summary>
    public static string Slot(DateTime start, DateTime end, Locale language) =>
        Slot(start, end, language.Culture);

    private static string Slot(DateTime start, DateTime end, CultureInfo culture)
    {
        var (from, to) = (EventNames.Paris(start), EventNames.Paris(end));
        return $"{from.ToString("dddd d MMMM yyyy", culture)}, {Hours(from, to)}";
    }

    public static string TypeKey(string type) => $"Events.SessionType.{EventNames.SessionTypes[type]}";

    public static string AudienceKey(EventAudience audience) => $"Events.Audience.{audience}";
}
