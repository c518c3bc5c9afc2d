namespace Vivier.Web.Features.Privacy;

/// <summary>Personal data through its life: the retention table in force, its job, the notice that states it.</summary>
public static class PrivacyFeature
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<RetentionPolicy>();
        builder.Services.AddScoped<RetentionRuns>();
        builder.Services.AddScoped<ErasureNotices>();
        builder.Services.AddScoped<PersonalData>();
        builder.Services.AddScoped<ErasureRequests>();
        builder.Services.AddScoped<MyConsents>();
        builder.Services.AddScoped<DataRights>();
        builder.Services.AddJob<RetentionJob>();
        return builder;
    }

    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder api) => api.MapPrivacyApi();
}
