namespace Vivier.Web.Features.Account;

/// <summary>
/// Where someone meant to go before the account pages stopped them (the mission they wanted to
/// apply to): carried through sign-up, the confirmation mail and sign-in, and followed only when it
/// is a path of this site — never another host, whatever the request or the link says.
/// </summary>
public static class ReturnPath
{
    public const string Name = "ReturnUrl";
    public const int MaxLength = 400;

    /// <summary>The path if it is one of this site's ("/…", not "//host" nor "/\host", no control character, bounded); else null.</summary>
    public static string? Local(string? url) =>
        url is { Length: > 0 and <= MaxLength } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl) ? url : null;

    /// <summary>"?ReturnUrl=…" to carry the path on a link (or "&amp;ReturnUrl=…" after other parameters), or "" when there is none.</summary>
    public static string Query(string? url, char separator = '?') =>
        Local(url) is { } path ? $"{separator}{Name}={Uri.EscapeDataString(path)}" : "";

    /// <summary>Where a sign-in lands: where one meant to go, else one's account.</summary>
    public static string AfterSignIn(string? url) => Local(url) ?? "/compte";
}
