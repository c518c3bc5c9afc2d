using Vivier.Web.Features.Account;
using Vivier.Web.Features.Applications;
using Vivier.Web.Features.Dashboards;
using Vivier.Web.Features.Admin;
using Vivier.Web.Features.Files;
using Vivier.Web.Features.Missions;
using Vivier.Web.Features.Profile;
using Vivier.Web.Features.ReferenceData;
using Vivier.Web.Features.Security;
using Vivier.Web.Features.Roster;
using Vivier.Web.Infrastructure;
using Vivier.Web.Infrastructure.Identity;
using Vivier.Web.Infrastructure.Jobs;
using Vivier.Web.Infrastructure.Mail;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Database: SQLite by default, PostgreSQL when Database:Provider says so
    builder.AddVivierDatabase();
    // Pages, French first with English available
    builder.AddVivierPages();
    builder.AddVivierLocalization();
    // Accounts, roles, cookies and bearer tokens; nothing public unless it says so
    builder.AddVivierIdentity();
    // Behind a TLS proxy: forwarded headers from known proxies only, HSTS, Secure cookies
    builder.AddVivierProxy();
    builder.AddVivierRateLimiting();
    // Shared services: outbox mail, leased jobs, audit log
    builder.AddVivierMail();
    builder.Services.AddHttpContextAccessor();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton(InstanceName.ForThisProcess());
    builder.Services.AddScoped<LeasedJobs>();
    builder.Services.AddScoped<AuditTrail>();
    // Features' services
    builder.Services.AddScoped<AccountRegistration>();
    builder.Services.AddScoped<SignInGuard>();
    builder.Services.AddScoped<PersonRoles>();
    builder.Services.AddScoped<MissionBoard>();
    builder.Services.AddScoped<MissionEditor>();
    builder.Services.AddScoped<CandidateProfiles>();
    builder.Services.AddScoped<ApplicationDesk>();
    builder.Services.AddScoped<Pipeline>();
    builder.Services.AddScoped<Hiring>();
    builder.Services.AddScoped<StageMails>();
    builder.Services.AddScoped<ApplicationFolders>();
    builder.Services.AddScoped<Vivier.Web.Features.Roster.DeploymentSteps>();
    builder.Services.AddScoped<Vivier.Core.Deployments.Import.RosterImport>();
    builder.Services.AddScoped<Vivier.Web.Features.Directory.ExpertDirectory>();
    builder.Services.AddScoped<Vivier.Web.Features.Onboarding.OnboardingDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Roster.RosterDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Dashboards.DashboardDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Dashboards.DashboardAccess>();
    builder.Services.AddSingleton(services => Vivier.Web.Features.Dashboards.WorldMap.LoadShipped(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
    builder.Services.AddScoped<Vivier.Web.Features.Applications.Stages.PipelineSettings>();
    builder.Services.AddSingleton<Vivier.Web.Features.Events.SeatGate>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.EventTransactions>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.EnrolmentDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.RegistrationDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.EventEditor>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.EventReads>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.AgendaFeeds>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Invitations>();
    builder.Services.AddSingleton<Vivier.Web.Features.Events.OnSite.BadgeTokens>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.OnSite.CheckInDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.OnSite.OnSiteReads>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Networking.MeetingPlanning>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Networking.MeetingDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Networking.NetworkingReads>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Feedback.FeedbackDesk>();
    builder.Services.AddScoped<Vivier.Web.Features.Events.Letters.LetterDesk>();
    builder.Services.AddSingleton<DraftReminder>();
    builder.Services.AddHostedService(services => services.GetRequiredService<DraftReminder>());
    builder.Services.AddSingleton<Vivier.Web.Features.Onboarding.DepartureAlerts>();
    builder.Services.AddHostedService(services => services.GetRequiredService<Vivier.Web.Features.Onboarding.DepartureAlerts>());
    builder.Services.AddSingleton<CvTextExtraction>();
    builder.Services.AddHostedService(services => services.GetRequiredService<CvTextExtraction>());
    builder.Services.AddSingleton<DeadlineCloser>();
    builder.Services.AddHostedService(services => services.GetRequiredService<DeadlineCloser>());
    builder.Services.AddSingleton<AlertSender>();
    builder.Services.AddHostedService(services => services.GetRequiredService<AlertSender>());
    builder.Services.AddSingleton<IdempotencyCleanup>();
    builder.Services.AddHostedService(services => services.GetRequiredService<IdempotencyCleanup>());
    // Outside input: each parser's limits, JSON bodies held to their types
    builder.AddVivierInputLimits();
    builder.AddVivierJsonBodies();
    // API: OpenAPI document, problem details
    builder.AddVivierApi();
    builder.AddVivierErrorHandling();

    var app = builder.Build();
    app.Services.CheckInputLimits();
    // Commands (remove-demo) run and exit instead of serving
    if (await app.RunCommandAsync(args))
    {
        return 0;
    }
    app.CheckPublicAddress();

    // Reach and migrate the database (and load the demo where asked) before serving anything;
    // never with the demo's public password in Production
    await app.PrepareDatabaseAsync();
    await app.CheckNoDemoInProductionAsync();

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

    // Pages and static files
    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorPages().WithStaticAssets();
    app.MapLanguageSwitch();
    app.MapMissionsFeeds();
    app.MapSecurityTxt();

    // API
    var api = app.MapVivierApi();
    api.MapReferenceDataApi();
    api.MapAuthApi();
    api.MapFilesApi();
    api.MapMissionsApi();
    api.MapMissionsStaffApi();
    api.MapProfileApi();
    api.MapApplicationsApi();
    api.MapPipelineApi();
    api.MapDeploymentsApi();
    api.MapDashboardsApi();
    Vivier.Web.Features.Events.EventsApi.MapEventsApi(api);
    Vivier.Web.Features.Events.OnSite.OnSiteApi.MapOnSiteApi(api);
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
