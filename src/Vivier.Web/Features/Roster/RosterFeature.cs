using Vivier.Core.Deployments.Import;
using Vivier.Web.Features.Directory;
using Vivier.Web.Features.Onboarding;

namespace Vivier.Web.Features.Roster;

/// <summary>Deployments: the roster and its import, each deployment's steps, departures and their checklists, the experts' directory.</summary>
public static class RosterFeature
{
    public static WebApplicationBuilder AddRoster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<DeploymentSteps>();
        builder.Services.AddScoped<RosterImport>();
        builder.Services.AddScoped<RosterReads>();
        builder.Services.AddScoped<OnboardingChecklists>();
        builder.Services.AddScoped<ExpertDirectory>();
        builder.Services.AddJob<DepartureAlerts>();
        return builder;
    }

    public static RouteGroupBuilder MapRoster(this RouteGroupBuilder api) => api.MapDeploymentsApi();
}
