namespace Vivier.Web.Features.Missions;

/// <summary>Missions: the public board and its feeds, the staff editor, saved-search alerts, deadlines closing missions.</summary>
public static class MissionsFeature
{
    public static WebApplicationBuilder AddMissions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MissionBoard>();
        builder.Services.AddSingleton<BoardFacets>();
        builder.Services.AddScoped<MissionEditor>();
        builder.Services.AddJob<AlertSender>();
        builder.Services.AddJob<DeadlineCloser>();
        return builder;
    }

    /// <summary>The missions' API, and their feeds and sitemap outside it on the site.</summary>
    public static RouteGroupBuilder MapMissions(this RouteGroupBuilder api, IEndpointRouteBuilder site)
    {
        site.MapMissionsFeeds();
        api.MapMissionsApi();
        api.MapMissionsStaffApi();
        return api;
    }
}
