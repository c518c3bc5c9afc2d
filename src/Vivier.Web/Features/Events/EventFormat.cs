using Vivier.Core.Text;

namespace Vivier.Web.Features.Events;

/// <summary>Days and times as the pages print them, in the reader's language (times are Paris times).</summary>
public static class EventFormat
{
    public static string Days(DateOnly start, DateOnly end)
    {
        var culture = CultureInfo.CurrentCulture;
        return start == end ? Dates.Long(start, culture) : $"{Dates.Long(start, culture)} – {Dates.Long(end, culture)}";
    }

    public static string Day(DateTimeOffset at) => Dates.Long(DateOnly.FromDateTime(at.DateTime), CultureInfo.CurrentCulture);

    public static string Hours(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string TypeKey(string type) => $"Events.SessionType.{EventNames.SessionTypes[type]}";

    public static string AudienceKey(EventAudience audience) => $"Events.Audience.{audience}";
}
