using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;
using Vivier.Core.Search;

namespace Vivier.Web.Features.Missions;

/// <summary>A mission as the board lists it.</summary>
public sealed record MissionCard(
    string Reference, string Title, string? TitleEn, ExpertKind Kind, string CountryCode, string CountryFr, string CountryEn,
    string City, string HostInstitution, DateOnly Deadline, DateOnly StartDate, int DurationMonths, DateTime? PublishedAt,
    IReadOnlyList<string> Sponsors, IReadOnlyList<string> Themes);

/// <summary>How many open missions each value of a filter would give, the other filters applied.</summary>
public sealed record FacetValue(string Value, int Count);

public sealed record BoardPage(int Total, IReadOnlyList<MissionCard> Missions, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>
/// The public board's query: open missions, the search and every filter composed in SQL, and the
/// counts per filter value, each facet ignoring its own filter.
/// </summary>
public sealed class MissionBoard(VivierDb db, TimeProvider clock)
{
    public async Task<BoardPage> SearchAsync(BoardQuery query, bool withFacets, CancellationToken cancellationToken)
    {
        var tokens = FrenchText.QueryTokens(query.Q);
        var today = ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var filtered = Filter(query, tokens, today, skip: null);
        var total = await filtered.CountAsync(cancellationToken);
        var ordered = query.Sort switch
        {
            // Ties are broken by id, which the (status, deadline) and (status, published_at) indexes
            // already carry, so the database walks an index instead of sorting every open mission.
            BoardSort.Closing => filtered.OrderBy(m => m.Deadline).ThenBy(m => m.Id),
            BoardSort.Relevance when tokens.Count > 0 => filtered
                .OrderByDescending(m => MissionSearch.MatchingInTitle(db, tokens).Contains(m.Id))
                .ThenByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id),
            _ => filtered.OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id),
        };
        var rows = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(m => new { m.Id, m.Reference, m.Title, m.TitleEn, m.Kind, m.CountryCode, m.Country!.NameFr, m.Country.NameEn, m.City,
                m.HostInstitution, m.Deadline, m.StartDate, m.DurationMonths, m.PublishedAt })
            .ToListAsync(cancellationToken);
        // The page's sponsors and themes in two small queries: joining them into the page query
        // makes the database join every mission's before paging.
        var ids = rows.Select(r => r.Id).ToList();
        var sponsors = (await db.Set<Dictionary<string, object>>("mission_sponsors")
                .Where(j => ids.Contains(EF.Property<long>(j, "MissionId")))
                .Join(db.Organisations, j => EF.Property<Guid>(j, "SponsorId"), o => o.Id, (j, o) => new { Id = EF.Property<long>(j, "MissionId"), o.ShortName })
                .ToListAsync(cancellationToken)).ToLookup(s => s.Id, s => s.ShortName);
        var themes = (await db.Set<Dictionary<string, object>>("mission_themes")
                .Where(j => ids.Contains(EF.Property<long>(j, "MissionId")))
                .Select(j => new { Id = EF.Property<long>(j, "MissionId"), Code = EF.Property<string>(j, "ThemeCode") })
                .ToListAsync(cancellationToken)).ToLookup(t => t.Id, t => t.Code);
        var page = rows.Select(m => new MissionCard(m.Reference, m.Title, m.TitleEn, m.Kind, m.CountryCode, m.NameFr, m.NameEn, m.City,
            m.HostInstitution, m.Deadline, m.StartDate, m.DurationMonths, m.PublishedAt,
            sponsors[m.Id].Order(StringComparer.Ordinal).ToList(), themes[m.Id].Order(StringComparer.Ordinal).ToList())).ToList();
        var facets = withFacets ? await FacetsAsync(query, tokens, today, cancellationToken) : new Dictionary<string, IReadOnlyList<FacetValue>>();
        return new BoardPage(total, page, facets);
    }

    private async Task<Dictionary<string, IReadOnlyList<FacetValue>>> FacetsAsync(BoardQuery query, IReadOnlyList<string> tokens, DateOnly today,
        CancellationToken cancellationToken)
    {
        static IReadOnlyList<FacetValue> Values<T>(IEnumerable<(T Key, int Count)> groups) =>
            groups.Select(g => new FacetValue(g.Key!.ToString()!, g.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

        var continents = await Filter(query, tokens, today, "continent").GroupBy(m => m.Country!.Continent)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var countries = await Filter(query, tokens, today, "country").GroupBy(m => m.CountryCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var kinds = await Filter(query, tokens, today, "kind").GroupBy(m => m.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var themes = await Filter(query, tokens, today, "theme").SelectMany(m => m.Themes).GroupBy(t => t.Code)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sponsors = await Filter(query, tokens, today, "sponsor").SelectMany(m => m.Sponsors).GroupBy(s => s.ShortName)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var closing = new List<FacetValue>();
        foreach (var days in BoardQuery.ClosingWindows)
        {
            var last = today.AddDays(days);
            closing.Add(new FacetValue(days.ToString(System.Globalization.CultureInfo.InvariantCulture),
                await Filter(query, tokens, today, "closingWithin").CountAsync(m => m.Deadline <= last, cancellationToken)));
        }
        return new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["continent"] = Values(continents.Select(g => (g.Key, g.Count))),
            ["country"] = Values(countries.Select(g => (g.Key, g.Count))),
            ["kind"] = Values(kinds.Select(g => (g.Key, g.Count))),
            ["theme"] = Values(themes.Select(g => (g.Key, g.Count))),
            ["sponsor"] = Values(sponsors.Select(g => (g.Key, g.Count))),
            ["closingWithin"] = closing,
        };
    }

    /// <summary>Open missions matching the query, leaving out the filter named <paramref name="skip"/>.</summary>
    private IQueryable<Mission> Filter(BoardQuery query, IReadOnlyList<string> tokens, DateOnly today, string? skip)
    {
        var missions = db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Published && m.Deadline >= today);
        if (tokens.Count > 0)
        {
            var matching = MissionSearch.Matching(db, tokens);
            missions = missions.Where(m => matching.Contains(m.Id));
        }
        if (query.Continent is { } continent && skip != "continent")
        {
            missions = missions.Where(m => m.Country!.Continent == continent);
        }
        if (query.Country is { } country && skip != "country")
        {
            missions = missions.Where(m => m.CountryCode == country);
        }
        if (query.Kind is { } kind && skip != "kind")
        {
            missions = missions.Where(m => m.Kind == kind);
        }
        if (query.Theme is { } theme && skip != "theme")
        {
            missions = missions.Where(m => m.Themes.Any(t => t.Code == theme));
        }
        if (query.Sponsor is { } sponsor && skip != "sponsor")
        {
            missions = missions.Where(m => m.Sponsors.Any(s => s.ShortName == sponsor));
        }
        if (query.ClosingWithin is { } days && skip != "closingWithin")
        {
            var last = today.AddDays(days);
            missions = missions.Where(m => m.Deadline <= last);
        }
        return missions;
    }
}
