using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// After authentication: the principal's session must still be open (its owner may have ended it
/// from another device, or a reused refresh token ended it), and the principal — cookie or bearer
/// token — must carry the account's current security stamp: after signing out everywhere, a new
/// password or a role change, older cookies and tokens no longer sign in. Both are read in one
/// query, so the cookie handler need not rebuild the principal from the account on each request.
/// A cookie whose session has ended is removed.
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, Sessions sessions, IOptions<IdentityOptions> identity)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && !await sessions.HoldsAsync(context.User, identity.Value.ClaimsIdentity.SecurityStampClaimType))
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }
}
