using Microsoft.AspNetCore.Authorization.Policy;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>Writes every refusal of a signed-in person to the audit log, then answers as usual.</summary>
public sealed class AuditedAuthorizationResults(AuditTrail audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await audit.RecordNowAsync(AuditActions.Refused, $"{context.Request.Method} {context.Request.Path}");
        }
        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
