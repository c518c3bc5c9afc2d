namespace Vivier.Core.Candidates;

/// <summary>
/// A date known to the year, the month or the day, as CVs give them: "2019", "2019-04",
/// "2019-04-12". It stays as precise as it was given; nothing is invented.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length is 0 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
        {
            return false;
        }
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }
            month = m;
        }
        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>From the parts a file gives, when they make a date; a day without a month is dropped.</summary>
    public static PartialDate? FromParts(int? year, int? month, int? day)
    {
        if (year is null)
        {
            return null;
        }
        var text = month is null ? $"{year:D4}" : day is null ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}";
        return TryParse(text, out var date) ? date : null;
    }

    /// <summary>The earliest day it can mean, for ordering and durations.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public int CompareTo(PartialDate other) => Start.CompareTo(other.Start);

    public override string ToString() => Month is null
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}
