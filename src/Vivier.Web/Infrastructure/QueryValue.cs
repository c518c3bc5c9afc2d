namespace Vivier.Web.Infrastructure;

/// <summary>Values as URLs carry them: a day as YYYY-MM-DD (within <see cref="CalendarRange"/>), an enum by its name in any case, among its defined values.</summary>
public static class QueryValue
{
    public static bool TryDay(string text, out DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && CalendarRange.Contains(day))
        {
            return true;
        }
        // Callers that go on after a refusal compute with the default, never with the day refused.
        day = default;
        return false;
    }

    public static bool TryName<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
}
