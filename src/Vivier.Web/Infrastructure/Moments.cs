using Vivier.Core.Text;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Instants as every page and mail prints them: in Paris time, the programme's clock, with the zone
/// named, so that a candidate abroad and the staff in Paris read the same "07:40 (heure de Paris)"
/// and never a bare time or "UTC".
/// </summary>
public static class Moments
{
    /// <summary>"06/12/2026 à 07:40 (heure de Paris)": a stamp in lists and histories.</summary>
    public static string Moment(this IStringLocalizer l, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(l);
        var local = ParisTime.Local(utc);
        return l["Time.Moment", local.ToString("d", CultureInfo.CurrentCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture)];
    }

    /// <summary>"jeudi 29 août 2024 à 12:40 (heure de Paris)": an instant in full, in a given language, for mails.</summary>
    public static string Moment(this IStringLocalizer l, DateTime utc, Locale language)
    {
        var local = ParisTime.Local(utc);
        return l.In(language, "Time.Moment", Dates.Long(DateOnly.FromDateTime(local), language.Culture), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>An instant in full in the reader's language.</summary>
    public static string LongMoment(this IStringLocalizer l, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(l);
        var local = ParisTime.Local(utc);
        return l["Time.Moment", Dates.Long(DateOnly.FromDateTime(local)), local.ToString("HH:mm", CultureInfo.InvariantCulture)];
    }

    /// <summary>"jeudi 29 août 2024, 12:40–13:00 (heure de Paris)": a span of one day.</summary>
    public static string Slot(this IStringLocalizer l, DateTime start, DateTime end) => Slot(l, start, end, CultureInfo.CurrentCulture);

    /// <summary>The same in a given language, for mails (written outside the reader's request).</summary>
    public static string Slot(this IStringLocalizer l, DateTime start, DateTime end, Locale language) =>
        l.In(language, "Time.Slot", SlotParts(start, end, language.Culture));

    private static string Slot(IStringLocalizer l, DateTime start, DateTime end, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l["Time.Slot", SlotParts(start, end, culture)];
    }

    private static object[] SlotParts(DateTime start, DateTime end, CultureInfo culture)
    {
        var (from, to) = (ParisTime.Local(start), ParisTime.Local(end));
        return [Dates.Long(DateOnly.FromDateTime(from), culture), $"{from.ToString("HH:mm", CultureInfo.InvariantCulture)}–{to.ToString("HH:mm", CultureInfo.InvariantCulture)}"];
    }
}
