namespace Vivier.Web.Infrastructure;

public static class Api
{
    public static WebApplicationBuilder AddVivierApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vivier API";
            document.Info.Description = "Missions, candidates, deployments, events and reports of an international technical expertise programme.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The /api/v1 group every feature maps its endpoints into.</summary>
    public static RouteGroupBuilder MapVivierApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app.MapGroup("/api/v1");
    }
}
