using Microsoft.AspNetCore.Localization;

namespace Vivier.Web.Infrastructure;

/// <summary>French first, English one click away; the choice lives in a cookie.</summary>
public static class Localization
{
    private static readonly CultureInfo[] Supported = [.. Locale.All.Select(l => l.Culture)];

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, whatever the culture of the current request: mails, feeds and jobs speak the person's language.</summary>
    public static string In(this IStringLocalizer localizer, Locale language, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language.Culture;
        try
        {
            return localizer[key, arguments].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static WebApplicationBuilder AddVivierLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        MessageLocalizerFactory.Register(builder.Services);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Locale.French.Culture);
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            // Only the visitor's explicit choice counts: a link's ?lang= (hreflang alternates), then the
            // switch's cookie. The browser's language does not override French.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>POST /langue: sets the culture cookie, then returns to the page the visitor was on.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/langue", SwitchLanguage).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult SwitchLanguage([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context)
    {
        var chosen = Supported.FirstOrDefault(c => c.Name == culture) ?? Locale.French.Culture;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        var back = !string.IsNullOrEmpty(returnUrl) && IsLocal(returnUrl) ? returnUrl : "/";
        return Results.LocalRedirect(back);
    }

    /// <summary>A path of this site, without control characters (a tab, CR, LF, DEL): anything else goes home.</summary>
    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}
