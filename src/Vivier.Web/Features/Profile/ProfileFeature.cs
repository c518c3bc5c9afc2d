namespace Vivier.Web.Features.Profile;

/// <summary>The candidate's profile: its fields, the CV and its text, the Europass import.</summary>
public static class ProfileFeature
{
    public static WebApplicationBuilder AddProfile(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<CandidateProfiles>();
        builder.Services.AddJob<CvTextExtraction>();
        return builder;
    }

    public static RouteGroupBuilder MapProfile(this RouteGroupBuilder api) => api.MapProfileApi();
}
