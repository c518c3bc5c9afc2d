namespace Vivier.Web.Infrastructure;

/// <summary>What every feature may use: the clock, this instance's name in job leases, the audit log, the request.</summary>
public static class SharedServices
{
    public static WebApplicationBuilder AddVivierSharedServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(InstanceName.ForThisProcess());
        services.AddScoped<LeasedJobs>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Forms.CountryChoices>();
        services.AddJob<IdempotencyCleanup>();
        services.AddJob<AuditSealing>();
        return builder;
    }
}
