using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;

namespace Vivier.Web.Features.Events;

/// <summary>A session, or a one-to-one meeting (<see cref="IsMeeting"/>, its id the meeting's), as a calendar shows it.</summary>
public sealed record CalendarEntry(Guid SessionId, string Title, string? Description, string Room, string Venue, string EventTitle, DateTime Start, DateTime End,
    bool IsMeeting = false);

/// <summary>
/// iCalendar (RFC 5545) files: one VEVENT per session, its UID the session's (stable across
/// downloads and feeds, so calendar applications update rather than duplicate), times in
/// Europe/Paris with the zone described in the file.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string Zone = "Europe/Paris";

    public static string Write(string name, IEnumerable<CalendarEntry> entries, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new Calendar { Method = "PUBLISH", ProductId = "-//Vivier//Events//FR" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        var ordered = entries.OrderBy(e => e.Start).ToList();
        // The zone's rules from the first session on, so that any reader places the times right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, ordered.Count > 0 ? ordered[0].Start : now, includeHistoricalData: false));
        foreach (var entry in ordered)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.IsMeeting ? MeetingUid(entry.SessionId) : Uid(entry.SessionId),
                Summary = entry.Title,
                Description = string.IsNullOrWhiteSpace(entry.Description) ? entry.EventTitle : $"{entry.EventTitle}\n\n{entry.Description}",
                Location = $"{entry.Room}, {entry.Venue}",
                DtStart = new CalDateTime(ParisTime.Local(entry.Start), Zone),
                DtEnd = new CalDateTime(ParisTime.Local(entry.End), Zone),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc)),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Uid(Guid sessionId) => $"{sessionId:D}@vivier";

    public static string MeetingUid(Guid meetingId) => $"meeting-{meetingId:D}@vivier";
}
