using Microsoft.AspNetCore.Authentication;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// After authentication: the principal's session must still be open (its owner may have ended it
/// from another device, or a reused refresh token ended it), and a bearer token must carry the
/// account's current security stamp, which the bearer handler does not check — after signing out
/// everywhere, a new password or a role change, older tokens no longer sign in. A cookie whose
/// session has ended is removed.
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<Person> signIn, Sessions sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if ((bearer && await signIn.ValidateSecurityStampAsync(context.User) is null) || !await sessions.HoldsAsync(context.User))
            {
                if (!bearer)
                {
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
        }
        await next(context);
    }
}
