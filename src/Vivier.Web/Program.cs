using Vivier.Web.Features.ReferenceData;
using Vivier.Web.Infrastructure;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Database: SQLite by default, PostgreSQL when Database:Provider says so
    builder.AddVivierDatabase();
    // Pages, French first with English available
    builder.AddVivierPages();
    builder.AddVivierLocalization();
    // Who may use what: explicit on every page and endpoint
    builder.AddVivierAuthorization();
    // API: OpenAPI document, problem details
    builder.AddVivierApi();
    builder.AddVivierErrorHandling();
    builder.Services.AddSingleton(TimeProvider.System);

    var app = builder.Build();

    // Reach and migrate the database before serving anything
    await app.PrepareDatabaseAsync();

    // Errors: problem details for the API, the styled page elsewhere
    app.UseVivierErrorHandling();
    app.UseSecurityHeaders();
    // Routing after the error handlers, so a re-executed error page is routed anew
    app.UseRouting();
    app.UseRequestLocalization();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    // Pages and static files
    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorPages().WithStaticAssets();
    app.MapLanguageSwitch();

    // API
    var api = app.MapVivierApi();
    api.MapReferenceDataApi();
    app.MapNotFoundFallbacks();

    app.Lifetime.ApplicationStarted.Register(() =>
        app.Logger.LogInformation("Vivier is running at {Urls}", string.Join(", ", app.Urls)));
    await app.RunAsync();
    return 0;
}
catch (StartupProblem problem)
{
    await Console.Error.WriteLineAsync($"Vivier cannot start: {problem.Message}");
    return 1;
}

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
