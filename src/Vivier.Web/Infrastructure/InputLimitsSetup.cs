using Microsoft.AspNetCore.Http.Features;
using Vivier.Core.Candidates.Europass;
using Vivier.Core.Deployments.Import;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The parsers' limits (Vivier.Core.Inputs), each read from Limits:&lt;Parser&gt;:&lt;Limit&gt; and
/// checked at start-up: a limit that is not a positive number stops Vivier with the setting's
/// name. The multipart form reader and the JSON body reader take theirs from here too.
/// </summary>
public static class InputLimitsSetup
{
    public static WebApplicationBuilder AddVivierInputLimits(this WebApplicationBuilder builder)
    {
        // Read when first needed, like the database settings, so that configuration added late (the tests') is seen.
        Register<PdfLimits>(builder.Services, "Pdf");
        Register<XmlLimits>(builder.Services, "Xml");
        Register<JsonLimits>(builder.Services, "Json");
        Register<CsvLimits>(builder.Services, "Csv");
        Register<XlsxLimits>(builder.Services, "Xlsx");
        Register<MultipartLimits>(builder.Services, "Multipart");
        builder.Services.AddSingleton(services => new EuropassLimits(
            services.GetRequiredService<PdfLimits>(), services.GetRequiredService<XmlLimits>(), services.GetRequiredService<JsonLimits>()));
        builder.Services.AddSingleton(services => new SheetLimits(services.GetRequiredService<CsvLimits>(), services.GetRequiredService<XlsxLimits>()));
        builder.Services.AddOptions<FormOptions>().Configure<MultipartLimits>((options, limits) =>
        {
            options.MultipartBodyLengthLimit = limits.MaxBytes;
            options.BufferBodyLengthLimit = limits.MaxBytes;
            options.ValueCountLimit = limits.MaxParts;
            options.MultipartHeadersLengthLimit = limits.MaxHeaderBytes;
        });
        return builder;
    }

    /// <summary>Reads every limit now, so that a wrong one stops start-up rather than a request.</summary>
    public static void CheckInputLimits(this IServiceProvider services)
    {
        _ = services.GetRequiredService<EuropassLimits>();
        _ = services.GetRequiredService<SheetLimits>();
        _ = services.GetRequiredService<MultipartLimits>();
    }

    private static void Register<T>(IServiceCollection services, string parser) where T : class, new() =>
        services.AddSingleton(provider => Read<T>(provider.GetRequiredService<IConfiguration>(), parser));

    public static T Read<T>(IConfiguration configuration, string parser) where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection($"Limits:{parser}");
        T limits;
        try
        {
            limits = section.Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupProblem($"Limits:{parser} holds a value that is not a number or a duration: {e.InnerException?.Message ?? e.Message}", e);
        }
        foreach (var property in typeof(T).GetProperties())
        {
            var positive = property.GetValue(limits) switch
            {
                int number => number > 0,
                long number => number > 0,
                TimeSpan time => time > TimeSpan.Zero,
                _ => true,
            };
            if (!positive)
            {
                throw new StartupProblem(string.Create(CultureInfo.InvariantCulture,
                    $"Limits:{parser}:{property.Name} is {property.GetValue(limits)}: it must be more than zero."));
            }
        }
        return limits;
    }
}
