namespace Vivier.Web.Infrastructure;

/// <summary>
/// The API answers every error with RFC 9457 problem details, unknown routes and wrong methods
/// included; pages show the styled, localised error page. Neither shows a stack trace outside Development.
/// </summary>
public static class ErrorHandling
{
    public static WebApplicationBuilder AddVivierErrorHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseVivierErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/erreur");
            }
            pages.UseStatusCodePagesWithReExecute("/erreur/{0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
