using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Vivier.Web.Infrastructure;

public static class Pages
{
    /// <summary>Razor Pages rooted at /Features, one folder per feature.</summary>
    public static WebApplicationBuilder AddVivierPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new Forms.CalendarDateBinderProvider());
                options.Filters.Add<Forms.TextWithoutNulFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // French text is written as UTF-8, not as &#xE9; entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// Routes that match nothing answer 404 (problem details under /api, the error page elsewhere)
    /// rather than falling under the sign-in requirement — paths that look like files too
    /// (/openapi/v1.json where it is not published), which MapFallback's default pattern leaves out.
    /// </summary>
    public static WebApplication MapNotFoundFallbacks(this WebApplication app)
    {
        app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapFallback("{**path}", () => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
