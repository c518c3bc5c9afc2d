using System.Globalization;

namespace Vivier.Web.Infrastructure;

/// <summary>Values as URLs carry them: a day as YYYY-MM-DD, an enum by its name in any case, among its defined values.</summary>
public static class QueryValue
{
    public static bool TryDay(string text, out DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static bool TryName<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
}
