namespace Vivier.Web.Infrastructure;

public static class Api
{
    public static WebApplicationBuilder AddVivierApi(this WebApplicationBuilder builder)
    {
        // No Server header: the name and version of the web server help nobody but an attacker.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vivier API";
            document.Info.Description = "Missions, candidates, deployments, events and reports of an international technical expertise programme.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The /api/v1 group every feature maps its endpoints into.</summary>
    /// <remarks>
    /// The OpenAPI document maps every endpoint an attacker could try: published unless in
    /// Production, where Api:PublishOpenApi=true publishes it.
    /// </remarks>
    public static RouteGroupBuilder MapVivierApi(this WebApplication app)
    {
        if (app.Configuration.GetValue("Api:PublishOpenApi", !app.Environment.IsProduction()))
        {
            app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        }
        app.MapHealthChecks("/health").AllowAnonymous();
        return app.MapGroup("/api/v1");
    }
}
