using System.Text.RegularExpressions;

namespace Vivier.Core.Text;

/// <summary>
/// Days written out as each language writes them: French says "jeudi 1er mai 2025" (the first of
/// the month is an ordinal, the other days are not), English "Thursday 1 May 2025".
/// </summary>
public static partial class Dates
{
    /// <summary>The day in full, with its weekday unless told otherwise.</summary>
    public static string Long(DateOnly day, CultureInfo culture, bool weekday = true)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = weekday ? culture.DateTimeFormat.LongDatePattern : WithoutWeekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim(' ', ',');
        if (day.Day == 1 && culture.TwoLetterISOLanguageName == "fr")
        {
            pattern = DayOfMonth().Replace(pattern, "'1er'");
        }
        return day.ToString(pattern, culture);
    }

    /// <summary>The day in full in the current culture.</summary>
    public static string Long(DateOnly day, bool weekday = true) => Long(day, CultureInfo.CurrentCulture, weekday);

    // "d" alone (not "dd", "ddd", "dddd"), outside quotes: the day of the month.
    [GeneratedRegex("(?<![d'])d(?![d'])")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex("dddd,?")]
    private static partial Regex WithoutWeekday();
}
