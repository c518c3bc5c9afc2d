namespace Vivier.Web.Features.Dashboards;

/// <summary>Dashboards: the ministries' figures, their exports and the world map.</summary>
public static class DashboardsFeature
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<DashboardReads>();
        builder.Services.AddScoped<DashboardAccess>();
        builder.Services.AddSingleton(services => WorldMap.LoadShipped(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        return builder;
    }

    public static RouteGroupBuilder MapDashboards(this RouteGroupBuilder api) => api.MapDashboardsApi();
}
