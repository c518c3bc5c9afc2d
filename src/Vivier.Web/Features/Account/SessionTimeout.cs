using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Vivier.Web.Features.Account;

/// <summary>
/// How long a browser's session has left, for the timeout warning (RGAA 13.1, the GOV.UK
/// "timeout warning" pattern): the session ends after the cookie's idle time, and two minutes
/// before, the page asks whether to continue. A request that renews the cookie gives it the whole
/// idle time again.
/// </summary>
public static class SessionTimeout
{
    /// <summary>How long before the end the warning shows.</summary>
    public static readonly TimeSpan WarnBefore = TimeSpan.FromMinutes(2);

    /// <summary>What the session this request carries has left once the request is answered; null without a session cookie.</summary>
    public static async Task<TimeSpan?> LeftAsync(HttpContext context, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (result is not { Succeeded: true, Properties: { IssuedUtc: { } issued, ExpiresUtc: { } expires } })
        {
            return null;
        }
        var now = clock.GetUtcNow();
        // This response issues the cookie again, for the whole idle time, when the ticket is past half
        // its life (sliding expiration) or older than the security stamp's check, which renews it too.
        var stampCheck = context.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        var elapsed = now - issued;
        return expires - now < elapsed || elapsed > stampCheck ? expires - issued : expires - now;
    }

    /// <summary>Issues the session's cookie again, its idle time counted from now; what it has left after that.</summary>
    public static async Task<TimeSpan?> ExtendAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (result is not { Succeeded: true, Principal: { } principal, Properties: { IssuedUtc: { } issued, ExpiresUtc: { } expires } properties })
        {
            return null;
        }
        var idle = expires - issued;
        properties.IssuedUtc = null;
        properties.ExpiresUtc = null;
        await context.SignInAsync(IdentityConstants.ApplicationScheme, principal, properties);
        return idle;
    }
}
