using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The API answers every error with RFC 9457 problem details, unknown routes and wrong methods
/// included; pages show the styled, localised error page. Neither shows a stack trace outside Development.
/// </summary>
public static class ErrorHandling
{
    public static WebApplicationBuilder AddVivierErrorHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ValidationProblems.InCallersWords);
        // The rules an endpoint's inputs declare (DataAnnotations) are checked before its handler runs.
        builder.Services.AddValidation();
        // A body or value that cannot be bound is thrown as a BadHttpRequestException, in every
        // environment, so that BadRequestMiddleware can say which field is wrong (400 with problem details).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseVivierErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
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
        // Inside both: what the client sent wrong is answered as such, whatever the environment.
        app.UseMiddleware<BadRequestMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
