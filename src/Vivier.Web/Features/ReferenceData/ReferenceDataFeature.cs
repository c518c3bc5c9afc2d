namespace Vivier.Web.Features.ReferenceData;

/// <summary>Reference lists: their public API, and codes named in the reader's language on every page.</summary>
public static class ReferenceDataFeature
{
    public static WebApplicationBuilder AddReferenceData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ReferenceNames>();
        return builder;
    }
}
