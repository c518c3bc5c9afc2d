using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Vivier behind a TLS proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the
/// addresses in ForwardedHeaders:KnownProxies (none by default: no header is believed, whoever sends
/// it), so the client address that rate limits and the audit log use is the one the proxy saw.
/// Outside Development, HSTS and cookies that travel over https only.
/// </summary>
public static class ProxySetup
{
    public const string KnownProxiesSetting = "ForwardedHeaders:KnownProxies";

    public static WebApplicationBuilder AddVivierProxy(this WebApplicationBuilder builder)
    {
        var proxies = KnownProxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust the loopback: on a machine shared with other programs, that is anyone.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });
        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = true;
            });
            builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        }
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseVivierProxy(this WebApplication app)
    {
        if (KnownProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseCookiePolicy();
        }
        return app;
    }

    /// <summary>ForwardedHeaders:KnownProxies as a list (KnownProxies:0, :1…) or one comma-separated value.</summary>
    private static List<IPAddress> KnownProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(KnownProxiesSetting);
        var values = section.Value is { Length: > 0 } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        var addresses = new List<IPAddress>();
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            addresses.Add(IPAddress.TryParse(value, out var address)
                ? address
                : throw new StartupProblem($"{KnownProxiesSetting} holds '{value}', which is not an IP address."));
        }
        return addresses;
    }
}
