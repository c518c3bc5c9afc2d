namespace Vivier.Core.Inputs;

/// <summary>
/// The days Vivier takes from outside: 1900 to 2199. Every date read from a request, a form, a
/// query string or an imported file is checked against it where it is read, so that no arithmetic
/// on a stored date (a day after the end, six months on, a mission's planned end) can run off the
/// calendar's end at 9999-12-31 or before its start.
/// </summary>
public static class CalendarRange
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2199, 12, 31);

    /// <summary>The message key for a date outside the range; its arguments are the two years.</summary>
    public const string Problem = "Validation.DateRange";

    public static bool Contains(DateOnly day) => day >= First && day <= Last;

    public static bool Contains(DateTime instant) => Contains(DateOnly.FromDateTime(instant));

    public static bool Contains(DateTimeOffset instant) => Contains(instant.UtcDateTime) && Contains(instant.DateTime);
}
