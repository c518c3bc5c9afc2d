using Vivier.Web.Features.Security;

namespace Vivier.Web.Infrastructure;

public static class RequestPipeline
{
    /// <summary>What every request goes through, in this order.</summary>
    public static WebApplication UseVivierPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The client's address and scheme as the proxy saw them, before anything reads them
        app.UseVivierProxy();
        // Errors: problem details for the API, the styled page elsewhere
        app.UseVivierErrorHandling();
        app.UseSecurityHeaders();
        // Routing after the error handlers, so a re-executed error page is routed anew
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseVivierIdentity();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<CookieApiAntiforgery>();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>Pages, static files and the site's own small endpoints (language switch, security.txt).</summary>
    public static WebApplication MapVivierSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapLanguageSwitch();
        app.MapSecurityTxt();
        return app;
    }
}
