namespace Vivier.Core.Missions;

/// <summary>The programme's calendar is Paris time: deadlines end at 23:59:59 there, whatever the season.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The last instant of the day in Paris, in UTC.</summary>
    public static DateTime EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>A UTC instant as Paris wall-clock time, as pages show it.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A Paris wall-clock time on a day, in UTC (a time skipped by the spring change is read as the hour after).</summary>
    public static DateTime At(DateOnly day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, Zone));

    /// <summary>The deadline instant with its Paris offset, as schema.org validThrough wants it.</summary>
    public static DateTimeOffset EndOfDayWithOffset(DateOnly day)
    {
        var utc = EndOfDay(day);
        return new DateTimeOffset(utc).ToOffset(Zone.GetUtcOffset(utc));
    }
}
