using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Missions;

public sealed record MissionListItem(string Reference, string Title, string? TitleEn, string Kind, string Country, string City,
    string HostInstitution, DateOnly Deadline, DateOnly StartDate, int DurationMonths, IReadOnlyList<string> Sponsors, IReadOnlyList<string> Themes);

public sealed record MissionPage(int Total, int Page, int PageSize, IReadOnlyList<MissionListItem> Items);

public sealed record MissionLanguageDto(string Language, string Level);

public sealed record MissionDto(string Reference, string Status, string Title, string? TitleEn, string Kind, string Country, string City,
    string HostInstitution, IReadOnlyList<string> Sponsors, IReadOnlyList<string> Themes, string Description, string? DescriptionEn,
    string Profile, string? ProfileEn, IReadOnlyList<MissionLanguageDto> Languages, DateOnly StartDate, int DurationMonths,
    DateOnly Deadline, DateTimeOffset ApplicationsCloseAt, DateTime? PublishedAt, int? PayMinMonthly, int? PayMaxMonthly);

/// <summary>The public board, machine-readable: the same query parameters as /missions.</summary>
public static class MissionsApi
{
    public static RouteGroupBuilder MapMissionsApi(this RouteGroupBuilder api)
    {
        var missions = api.MapGroup("/missions").WithTags("Missions").AllowAnonymous();
        missions.MapGet("", List)
            .Queries(("q", "string"), ("continent", "string"), ("country", "string"), ("theme", "string"), ("kind", "string"), ("sponsor", "string"),
                ("closingWithin", "integer"), ("sort", "string"), ("page", "integer"), ("pageSize", "integer")).WithSummary("Open missions: q, continent, country, theme, kind, sponsor, closingWithin (7|30|90), sort (relevance|recent|closing), page, pageSize (max 100).");
        missions.MapGet("/{reference}", Get).WithSummary("One public mission by its reference, e.g. ETI-2025-0042.");
        return api;
    }

    public static async Task<Results<Ok<MissionPage>, ValidationProblem>> List(HttpContext context, MissionBoard board,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (query, errors) = BoardQuery.Parse(context.Request.Query, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var page = await board.SearchAsync(query, withFacets: false, cancellationToken);
        return TypedResults.Ok(new MissionPage(page.Total, query.Page, query.PageSize, page.Missions.Select(m => new MissionListItem(
            m.Reference, m.Title, m.TitleEn, m.Kind.ToString(), m.CountryCode, m.City, m.HostInstitution, m.Deadline, m.StartDate,
            m.DurationMonths, m.Sponsors, m.Themes)).ToList()));
    }

    public static async Task<Results<Ok<MissionDto>, NotFound, ValidationProblem>> Get(string reference, VivierDb db,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!MissionReferences.IsWellFormed(reference))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reference"] = [l["Board.Invalid.reference"]] });
        }
        var mission = await MissionDetails.FindAsync(db, reference, cancellationToken);
        if (mission is null || !MissionDetails.IsPublic(mission))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new MissionDto(mission.Reference, mission.Status.ToString(), mission.Title, mission.TitleEn, mission.Kind.ToString(),
            mission.CountryCode, mission.City, mission.HostInstitution, mission.Sponsors.Select(s => s.ShortName).ToList(),
            mission.Themes.Select(t => t.Code).ToList(), mission.Description, mission.DescriptionEn, mission.Profile, mission.ProfileEn,
            mission.Languages.Select(x => new MissionLanguageDto(x.LanguageCode, x.Level.ToString())).ToList(), mission.StartDate,
            mission.DurationMonths, mission.Deadline, ParisTime.EndOfDayWithOffset(mission.Deadline), mission.PublishedAt,
            mission.PayMinMonthly, mission.PayMaxMonthly));
    }
}
