using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.ReferenceData;

public sealed record CountryDto(string Code, string Alpha3, string Numeric, string NameFr, string NameEn, string Continent, bool IsFrenchOverseas);
public sealed record LanguageDto(string Code, string NameFr, string NameEn);
public sealed record SectorDto(string Code, string CategoryCode, string NameFr, string NameEn, bool IsActive);
public sealed record ThemeDto(string Code, string NameFr, string NameEn, IReadOnlyList<string> SectorCodes);

/// <summary>Read-only reference lists, public: other tools map their own codes onto them.</summary>
public static class ReferenceDataApi
{
    public static RouteGroupBuilder MapReferenceDataApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/countries", ListCountries).WithSummary("ISO 3166-1 countries and territories, with French and English names and continent.");
        group.MapGet("/languages", ListLanguages).WithSummary("ISO 639-1 languages, with French and English names.");
        group.MapGet("/sectors", ListSectors).WithSummary("OECD DAC 5-digit purpose codes, withdrawn ones flagged.");
        group.MapGet("/themes", ListThemes).WithSummary("The programme's themes and the DAC purpose codes each covers.");
        return api;
    }

    public static async Task<Ok<List<CountryDto>>> ListCountries(VivierDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Countries.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CountryDto(c.Code, c.Alpha3, c.Numeric, c.NameFr, c.NameEn, c.Continent.ToString(), c.IsFrenchOverseas))
            .ToListAsync(cancellationToken));

    public static async Task<Ok<List<LanguageDto>>> ListLanguages(VivierDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Languages.AsNoTracking().OrderBy(l => l.Code)
            .Select(l => new LanguageDto(l.Code, l.NameFr, l.NameEn))
            .ToListAsync(cancellationToken));

    public static async Task<Ok<List<SectorDto>>> ListSectors(VivierDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Sectors.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SectorDto(s.Code, s.CategoryCode, s.NameFr, s.NameEn, s.IsActive))
            .ToListAsync(cancellationToken));

    public static async Task<Ok<List<ThemeDto>>> ListThemes(VivierDb db, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking().Include(t => t.Sectors).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(themes
            .Select(t => new ThemeDto(t.Code, t.NameFr, t.NameEn, t.Sectors.Select(s => s.Code).Order(StringComparer.Ordinal).ToList()))
            .ToList());
    }
}
