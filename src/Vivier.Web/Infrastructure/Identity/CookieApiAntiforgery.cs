using Microsoft.AspNetCore.Antiforgery;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// A browser sends the session cookie with any request another site makes it send, body or not: an
/// API call with an unsafe method authenticated by that cookie must carry the antiforgery token in
/// the RequestVerificationToken header (pages' scripts read it from their form). Bearer calls carry
/// their credentials explicitly and are not concerned. Runs after authorization, so that a caller
/// without the right role still hears 403.
/// </summary>
public sealed class CookieApiAntiforgery(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IStringLocalizer<SharedResource> l)
    {
        if (ErrorHandling.IsApi(context) && IsUnsafe(context.Request.Method)
            && context.User.Identity?.IsAuthenticated == true && !IsBearer(context.Request)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Api.Antiforgery.Title"],
                detail: l["Api.Antiforgery.Detail"]).ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
