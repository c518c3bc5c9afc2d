using Microsoft.AspNetCore.Identity;
using Vivier.Core.Identity;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// Bearer tokens carry the account's security stamp; the handler does not check it, so this does:
/// after signing out everywhere, a new password or a role change, older tokens no longer sign in.
/// </summary>
public sealed class BearerStampValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<Person> signIn)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await signIn.ValidateSecurityStampAsync(context.User) is null)
        {
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }
        await next(context);
    }
}
