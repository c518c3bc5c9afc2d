using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.WebEncoders;

namespace Vivier.Web.Infrastructure;

public static class Pages
{
    /// <summary>Razor Pages rooted at /Features, one folder per feature.</summary>
    public static WebApplicationBuilder AddVivierPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // French text is written as UTF-8, not as &#xE9; entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// Nothing is public by default: a page or endpoint that does not say who may use it requires a
    /// signed-in user, and a test lists every endpoint to check that each says it explicitly.
    /// </summary>
    public static WebApplicationBuilder AddVivierAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            // The API answers 401 and 403 itself instead of redirecting to a sign-in page.
            options.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// Routes that match nothing answer 404 (problem details under /api, the error page elsewhere)
    /// rather than falling under the sign-in requirement.
    /// </summary>
    public static WebApplication MapNotFoundFallbacks(this WebApplication app)
    {
        app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapFallback(() => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorHandling.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
