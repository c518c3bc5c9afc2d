namespace Vivier.Web.Features.Matching;

/// <summary>Matching: applicants by fit, the pool's suggestions and invitations, missions for a person, similar missions.</summary>
public static class MatchingFeature
{
    public static WebApplicationBuilder AddMatching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<MatchPool>();
        builder.Services.AddSingleton<OpenMissionTargets>();
        builder.Services.AddScoped<Matches>();
        builder.Services.AddScoped<MatchWords>();
        builder.Services.AddScoped<Suggestions>();
        builder.Services.AddScoped<SuggestionBalance>();
        return builder;
    }

    public static RouteGroupBuilder MapMatching(this RouteGroupBuilder api) => api.MapMatchingApi();
}
