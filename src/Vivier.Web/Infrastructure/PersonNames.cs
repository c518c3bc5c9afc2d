namespace Vivier.Web.Infrastructure;

public static class PersonNames
{
    /// <summary>A person's full name as lists show it; an erased person has none left and is said to be erased (<see cref="Vivier.Core.Privacy.Erasure"/>).</summary>
    public static string PersonName(this IStringLocalizer l, string? fullName)
    {
        ArgumentNullException.ThrowIfNull(l);
        return string.IsNullOrWhiteSpace(fullName) ? l["Privacy.Erased"] : fullName;
    }
}
