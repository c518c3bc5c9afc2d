using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Events.OnSite;

/// <summary>What a scanned badge code says: whose it is, or why it is refused.</summary>
public enum BadgeReading { Valid, Forged, OtherEvent }

/// <summary>
/// The check-in code printed as a QR code on a badge: <c>VB1.{event}.{signed person}</c>. The
/// person's id is protected with the application's data-protection keys (kept in the database,
/// shared by every instance) under a purpose naming the event, so a code cannot be made for
/// anyone without the keys, and a code changed to name another event no longer opens. The event
/// in clear lets the desk say "this badge is for another event" rather than "forged".
/// </summary>
public sealed class BadgeTokens(IDataProtectionProvider protection)
{
    private const string Prefix = "VB1";

    public string For(Guid eventId, Guid personId) =>
        $"{Prefix}.{eventId:N}.{WebEncoders.Base64UrlEncode(Protector(eventId).Protect(personId.ToByteArray()))}";

    public (BadgeReading Reading, Guid PersonId) Read(string? code, Guid expectedEvent)
    {
        var parts = (code ?? "").Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Prefix || !Guid.TryParseExact(parts[1], "N", out var eventId))
        {
            return (BadgeReading.Forged, Guid.Empty);
        }
        try
        {
            var person = new Guid(Protector(eventId).Unprotect(WebEncoders.Base64UrlDecode(parts[2])));
            return (eventId == expectedEvent ? BadgeReading.Valid : BadgeReading.OtherEvent, person);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return (BadgeReading.Forged, Guid.Empty);
        }
    }

    /// <summary>Does the text look like a badge code at all (else the desk searches it as a name)?</summary>
    public static bool LooksLikeCode(string? text) => text?.Trim().StartsWith(Prefix + ".", StringComparison.Ordinal) == true;

    private IDataProtector Protector(Guid eventId) => protection.CreateProtector("Vivier.Events.Badge", eventId.ToString("N"));
}
