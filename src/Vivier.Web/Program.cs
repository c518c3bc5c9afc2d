using Vivier.Web.Features.Account;
using Vivier.Web.Features.Applications;
using Vivier.Web.Features.Dashboards;
using Vivier.Web.Features.Events;
using Vivier.Web.Features.Files;
using Vivier.Web.Features.Matching;
using Vivier.Web.Features.Missions;
using Vivier.Web.Features.Privacy;
using Vivier.Web.Features.Profile;
using Vivier.Web.Features.ReferenceData;
using Vivier.Web.Features.Roster;

try
{
    var builder = WebApplication.CreateBuilder(args);
    // The platform: database, pages in French and English, accounts, proxy, rate limits, mail, jobs, audit
    builder.AddVivierDatabase().AddVivierPages().AddVivierLocalization().AddVivierIdentity().AddVivierProxy()
        .AddVivierRateLimiting().AddVivierMail().AddVivierSharedServices();
    // The features, each from its own folder
    builder.AddReferenceData().AddAccount().AddMissions().AddProfile().AddApplications().AddRoster().AddDashboards().AddEvents().AddPrivacy().AddMatching();
    // Outside input held to its limits and types; the API's document and problem details
    builder.AddVivierInputLimits().AddVivierJsonBodies().AddVivierApi().AddVivierErrorHandling();

    var app = builder.Build();
    app.Services.CheckInputLimits();
    // Commands (remove-demo, audit-verify) run and exit instead of serving
    if (await app.RunCommandAsync(args) is { } exitCode)
    {
        return exitCode;
    }
    app.CheckPublicAddress();
    // Reach and migrate the database (and load the demo where asked) before serving anything;
    // never with the demo's public password in Production
    await app.PrepareDatabaseAsync();
    await app.CheckNoDemoInProductionAsync();

    app.UseVivierPipeline().MapVivierSite();
    app.MapVivierApi().MapReferenceDataApi().MapFilesApi().MapAccount().MapMissions(app).MapProfile().MapApplications().MapRoster()
        .MapDashboards().MapEvents().MapPrivacy().MapMatching();
    app.MapNotFoundFallbacks();

    app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("Vivier is running at {Urls}", string.Join(", ", app.Urls)));
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
