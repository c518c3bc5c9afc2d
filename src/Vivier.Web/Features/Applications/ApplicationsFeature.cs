using Vivier.Web.Features.Applications.Stages;

namespace Vivier.Web.Features.Applications;

/// <summary>Applications: applying, the recruiters' pipeline and its stages, hiring, reminders of drafts.</summary>
public static class ApplicationsFeature
{
    public static WebApplicationBuilder AddApplications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<Applying>();
        builder.Services.AddScoped<Pipeline>();
        builder.Services.AddScoped<Hiring>();
        builder.Services.AddScoped<StageMails>();
        builder.Services.AddScoped<ApplicationFolders>();
        builder.Services.AddScoped<PipelineSettings>();
        builder.Services.AddJob<DraftReminder>();
        return builder;
    }

    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder api)
    {
        api.MapApplicationsApi();
        return api.MapPipelineApi();
    }
}
