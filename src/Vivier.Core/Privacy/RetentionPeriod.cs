using System.Text.Json.Serialization;

namespace Vivier.Core.Privacy;

[JsonConverter(typeof(JsonStringEnumConverter<RetentionUnit>))]
public enum RetentionUnit
{
    Hours,
    Days,
    Months,
    Years,
}

/// <summary>
/// How long a kind of data is kept after its clock starts: an amount of calendar units, so that
/// "3 months" ends on the same day of the month as the law counts it, not after 90 days.
/// </summary>
public readonly record struct RetentionPeriod(int Amount, RetentionUnit Unit)
{
    public const int MaxAmount = 999;

    /// <summary>The instant whose data has reached the end of the period at <paramref name="now"/>: anything that started at or before it is due.</summary>
    public DateTime Before(DateTime now) => Unit switch
    {
        RetentionUnit.Hours => now.AddHours(-Amount),
        RetentionUnit.Days => now.AddDays(-Amount),
        RetentionUnit.Months => now.AddMonths(-Amount),
        _ => now.AddYears(-Amount),
    };

    /// <summary>When data whose clock started at <paramref name="start"/> reaches the end of the period.</summary>
    public DateTime After(DateTime start) => Unit switch
    {
        RetentionUnit.Hours => start.AddHours(Amount),
        RetentionUnit.Days => start.AddDays(Amount),
        RetentionUnit.Months => start.AddMonths(Amount),
        _ => start.AddYears(Amount),
    };

    /// <summary>The day whose data has reached the end of the period on <paramref name="today"/> (hours count as started days).</summary>
    public DateOnly Before(DateOnly today) => Unit switch
    {
        RetentionUnit.Hours => today.AddDays(-(int)Math.Ceiling(Amount / 24.0)),
        RetentionUnit.Days => today.AddDays(-Amount),
        RetentionUnit.Months => today.AddMonths(-Amount),
        _ => today.AddYears(-Amount),
    };

    /// <summary>
    /// Whether this period never ends later than <paramref name="other"/> started on the same day:
    /// months and years differ in days, so both are counted from the first and the last day of
    /// every month of a leap cycle.
    /// </summary>
    public bool NotLongerThan(RetentionPeriod other)
    {
        var self = this;
        return Enumerable.Range(0, 48).Select(m => new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(m))
            .SelectMany(first => new[] { first, first.AddMonths(1).AddDays(-1) })
            .All(day => self.Before(day) >= other.Before(day));
    }

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    public static RetentionPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', 2);
        var unit = parts[1].EndsWith('s') ? parts[1] : parts[1] + "s";
        return new(int.Parse(parts[0], CultureInfo.InvariantCulture), Enum.Parse<RetentionUnit>(unit, ignoreCase: true));
    }

    /// <summary>In the documents' English: "3 months", "24 hours".</summary>
    public override string ToString() => $"{Amount} {(Amount == 1 ? Unit.ToString().TrimEnd('s') : Unit.ToString()).ToLowerInvariant()}";
}
