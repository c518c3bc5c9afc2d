using System.Linq.Expressions;
using Vivier.Core.Database;
using Vivier.Core.Search;

namespace Vivier.Web.Features.Missions;

/// <summary>A mission as the board lists it.</summary>
public sealed record MissionCard(
    string Reference, string Title, string? TitleEn, ExpertKind Kind, string CountryCode, string CountryFr, string CountryEn,
    string City, string HostInstitution, DateOnly Deadline, DateOnly StartDate, int DurationMonths, DateTime? PublishedAt,
    IReadOnlyList<string> Sponsors, IReadOnlyList<string> Themes);

/// <summary>How many open missions each value of a filter would give, the other filters applied.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>The names the page gives to facet values: countries and themes by code.</summary>
public sealed record BoardLabels(IReadOnlyDictionary<string, Country> Countries, IReadOnlyDictionary<string, Theme> Themes);

public sealed record BoardPage(int Total, IReadOnlyList<MissionCard> Missions, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    BoardLabels? Labels = null);

/// <summary>
/// The public board's query: open missions, the search and every filter composed in SQL, and the
/// counts per filter value, each facet ignoring its own filter (<see cref="FacetIndex"/>).
/// </summary>
public sealed class MissionBoard(VivierDb db, BoardFacets facets, TimeProvider clock)
{
    public async Task<BoardPage> SearchAsync(BoardQuery query, bool withFacets, CancellationToken cancellationToken)
    {
        // One connection for the page's few queries, instead of taking and resetting a pooled one for each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var tokens = FrenchText.QueryTokens(query.Q);
        var today = ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var continentCodes = query.Continent is { } continent
            ? await db.Countries.Where(c => c.Continent == continent).Select(c => c.Code).ToListAsync(cancellationToken)
            : [];
        // A sponsor's filter token is its id; a short name shared by two organisations is left to SQL alone.
        var sponsorIds = query.Sponsor is { } sponsor && tokens.Count > 0
            ? await db.Organisations.Where(o => o.ShortName == sponsor).Select(o => o.Id).Take(2).ToListAsync(cancellationToken)
            : [];
        var scope = new Scope(query, tokens, continentCodes, sponsorIds.Count == 1 ? sponsorIds[0] : null, today);
        var filtered = Filter(scope);
        // The facet index in memory counts the page's facets and total, and any total without a
        // search (a search's total is counted in the full-text index): the database then reads only the page.
        (FacetCounts Counts, BoardLabels Labels)? shown = withFacets ? await FacetsAsync(scope, cancellationToken) : null;
        var knownTotal = shown?.Counts.Total
            ?? (tokens.Count == 0 ? (await facets.IndexAsync(db, cancellationToken)).Total(query, today) : (int?)null);
        var (total, ids) = await PageAsync(filtered, scope, knownTotal, cancellationToken);
        // The page's missions by id: the ordered query above reads only ids and sort keys, so the
        // database sorts thousands of small records, not thousands of cards.
        var rows = (await db.Missions.Where(m => ids.Contains(m.Id)).Select(m => new PageRow(m.Id, m.Reference, m.Title, m.TitleEn,
                m.Kind, m.CountryCode, m.City, m.HostInstitution, m.Deadline, m.StartDate, m.DurationMonths, m.PublishedAt))
            .ToListAsync(cancellationToken)).OrderBy(r => ids.IndexOf(r.Id)).ToList();
        // The page's sponsors and themes in two small queries: joining them into the page query
        // makes the database join every mission's before paging.
        var sponsors = (await db.Set<Dictionary<string, object>>("mission_sponsors")
                .Where(j => ids.Contains(EF.Property<long>(j, "MissionId")))
                .Join(db.Organisations, j => EF.Property<Guid>(j, "SponsorId"), o => o.Id, (j, o) => new { Id = EF.Property<long>(j, "MissionId"), o.ShortName })
                .ToListAsync(cancellationToken)).ToLookup(s => s.Id, s => s.ShortName);
        var themes = (await db.Set<Dictionary<string, object>>("mission_themes")
                .Where(j => ids.Contains(EF.Property<long>(j, "MissionId")))
                .Select(j => new { Id = EF.Property<long>(j, "MissionId"), Code = EF.Property<string>(j, "ThemeCode") })
                .ToListAsync(cancellationToken)).ToLookup(t => t.Id, t => t.Code);
        var countryCodes = rows.Select(r => r.CountryCode).Distinct().ToList();
        var countries = await db.Countries.Where(c => countryCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var cards = rows.Select(m => new MissionCard(m.Reference, m.Title, m.TitleEn, m.Kind, m.CountryCode,
            countries[m.CountryCode].NameFr, countries[m.CountryCode].NameEn, m.City,
            m.HostInstitution, m.Deadline, m.StartDate, m.DurationMonths, m.PublishedAt,
            sponsors[m.Id].Order(StringComparer.Ordinal).ToList(), themes[m.Id].Order(StringComparer.Ordinal).ToList())).ToList();
        return shown is { } page
            ? new BoardPage(total, cards, page.Counts.Values, page.Labels)
            : new BoardPage(total, cards, new Dictionary<string, IReadOnlyList<FacetValue>>());
    }

    /// <summary>The total (unless <paramref name="knownTotal"/> says it) and the rows of the page asked for.</summary>
    private async Task<(int Total, List<long> Ids)> PageAsync(IQueryable<Mission> filtered, Scope scope, int? knownTotal, CancellationToken cancellationToken)
    {
        var (query, tokens, _, _, _) = scope;
        var skip = Pager.Rows(query.Page, query.PageSize);
        if (tokens.Count > 0 && MissionSearch.CountsWithThePage(db))
        {
            // The total comes with the page, as a window count, so the matches are read once. The
            // page query joins nothing, or EF Core would page in a subquery and count outside it.
            if (knownTotal is { } known)
            {
                return (known, await Ordered(filtered, query.Sort, tokens, sortMatches: true).Select(m => m.Id).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken));
            }
            var counted = await Ordered(filtered, query.Sort, tokens, sortMatches: true)
                .Select(m => new { m.Id, Total = WindowCount.RowsBeforePaging() })
                .Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
            var total = counted.Count > 0 ? (int)counted[0].Total : query.Page == 1 ? 0 : await filtered.CountAsync(cancellationToken);
            return (total, counted.ConvertAll(c => c.Id));
        }
        // SQLite counts a search in its full-text index, and reads its pages with a plan of its own
        // (SqliteNewestFirst), when every filter is an index token there. Without a search, the
        // total is known (the facet index) and the page an index walk that stops after one page.
        var tokensOnly = tokens.Count > 0 && (scope.Query.Sponsor is null || scope.SponsorId is not null);
        var indexed = knownTotal is null && tokensOnly && query.ClosingWithin is null
            ? await MissionSearch.CountOpenInIndexAsync(db, tokens, IndexFilters(scope), scope.Today, cancellationToken)
            : null;
        var matches = knownTotal ?? indexed ?? await filtered.CountAsync(cancellationToken);
        if (tokensOnly && query.Sort != BoardSort.Closing)
        {
            return (matches, await NewestFirstAsync(scope, matches, skip, cancellationToken));
        }
        return (matches, await Ordered(filtered, query.Sort, tokens, sortMatches: false).Select(m => m.Id).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// SQLite, a search newest first or by relevance: title matches first, each part newest first,
    /// read part by part so that a page of title matches never reads the other matches.
    /// </summary>
    private async Task<List<long>> NewestFirstAsync(Scope scope, int total, int skip, CancellationToken cancellationToken)
    {
        var (query, tokens, _, _, today) = scope;
        var filters = IndexFilters(scope);
        DateOnly? last = query.ClosingWithin is { } days ? today.AddDays(days) : null;
        var highestId = await db.Missions.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        Task<List<long>> Read(MatchPart part, int from, int take, int expected) => SqliteNewestFirst.PageAsync(db, tokens, filters, part,
            today, last, SqliteNewestFirst.WalksIndex(from, take, highestId, expected), from, take, cancellationToken);
        if (query.Sort != BoardSort.Relevance)
        {
            return await Read(MatchPart.All, skip, query.PageSize, total);
        }
        var inTitle = await Read(MatchPart.InTitle, skip, query.PageSize, total);
        if (inTitle.Count == query.PageSize)
        {
            return inTitle;
        }
        // The title matches end before this page does: how many there are places the others.
        var titleCount = inTitle.Count > 0 || skip == 0
            ? skip + inTitle.Count
            : await Filter(scope).Where(MissionSearch.MatchesInTitle(db, tokens, filters)).CountAsync(cancellationToken);
        var others = await Read(MatchPart.NotInTitle, Math.Max(skip, titleCount) - titleCount, query.PageSize - inTitle.Count, total - titleCount);
        return [.. inTitle, .. others];
    }

    private IOrderedQueryable<Mission> Ordered(IQueryable<Mission> missions, BoardSort sort, IReadOnlyList<string> tokens, bool sortMatches)
    {
        if (sort == BoardSort.Relevance && tokens.Count > 0)
        {
            return missions.OrderByDescending(MissionSearch.MatchesInTitle(db, tokens)).ThenByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id);
        }
        // With a window count every match is read anyway, so the matches are sorted, never walked in
        // date order: leading with an expression true on every row of the board keeps PostgreSQL from
        // walking a whole date index and testing each open mission's text, which its planner prices
        // as if the LIMIT stopped the walk early. The expression reads the status, in the row: the
        // search itself would do, but would unpack each match's text vector again (measured: 8 ms
        // against 2.7 ms for 2,159 matches). Otherwise ties are broken by id, which the
        // (status, deadline) and (status, published_at) indexes carry, so the database walks an
        // index for one page.
        IOrderedQueryable<Mission> By<TKey>(Expression<Func<Mission, TKey>> key, bool descending) => (sortMatches, descending) switch
        {
            (true, true) => missions.OrderBy(m => m.Status == MissionStatus.Published).ThenByDescending(key),
            (true, false) => missions.OrderBy(m => m.Status == MissionStatus.Published).ThenBy(key),
            (false, true) => missions.OrderByDescending(key),
            (false, false) => missions.OrderBy(key),
        };
        return sort == BoardSort.Closing
            ? By(m => m.Deadline, descending: false).ThenBy(m => m.Id)
            : By(m => m.PublishedAt, descending: true).ThenByDescending(m => m.Id);
    }

    /// <summary>
    /// The counts per filter value, from this instance's facet index (exact at the database's board
    /// version), and the names of their values; a search narrows them to its matches, read as ids,
    /// the status, the deadline and every filter left to the index.
    /// </summary>
    private async Task<(FacetCounts Counts, BoardLabels Labels)> FacetsAsync(Scope scope, CancellationToken cancellationToken)
    {
        var index = await facets.IndexAsync(db, cancellationToken);
        var matches = scope.Tokens.Count > 0 ? await MissionSearch.MatchingIds(db, scope.Tokens).ToListAsync(cancellationToken) : null;
        return (index.Count(scope.Query, scope.Today, matches), index.Labels);
    }

    /// <summary>The query, with what it takes to filter in SQL: its words, the continent's countries, the sponsor's id.</summary>
    private sealed record Scope(BoardQuery Query, IReadOnlyList<string> Tokens, IReadOnlyList<string> ContinentCodes, Guid? SponsorId, DateOnly Today);

    /// <summary>Open missions matching the query and all its filters.</summary>
    private IQueryable<Mission> Filter(Scope scope)
    {
        var (query, tokens, continentCodes, _, today) = scope;
        var missions = db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Published && m.Deadline >= today);
        if (tokens.Count > 0)
        {
            missions = missions.Where(MissionSearch.Matches(db, tokens, IndexFilters(scope)));
        }
        if (query.Continent is not null)
        {
            // The continent's countries as constants: a join to countries lures PostgreSQL into
            // repeating the full-text index scan once per country.
            missions = missions.Where(m => EF.Constant(continentCodes).Contains(m.CountryCode));
        }
        if (query.Country is { } country)
        {
            missions = missions.Where(m => m.CountryCode == country);
        }
        if (query.Kind is { } kind)
        {
            missions = missions.Where(m => m.Kind == kind);
        }
        // A theme or a sponsor the full-text index already holds as a token is not joined again: the
        // join costs a lookup per match (a third of a filtered search on PostgreSQL), and the tokens
        // are rewritten by the mission itself whenever its themes or sponsors change.
        if (query.Theme is { } theme && tokens.Count == 0)
        {
            missions = missions.Where(m => m.Themes.Any(t => t.Code == theme));
        }
        if (query.Sponsor is { } sponsor && (tokens.Count == 0 || scope.SponsorId is null))
        {
            missions = missions.Where(m => m.Sponsors.Any(s => s.ShortName == sponsor));
        }
        if (query.ClosingWithin is { } days)
        {
            var last = today.AddDays(days);
            missions = missions.Where(m => m.Deadline <= last);
        }
        return missions;
    }

    /// <summary>The filters as index tokens, for the full-text index to narrow by them too.</summary>
    private static List<string> IndexFilters(Scope scope)
    {
        var query = scope.Query;
        var filters = new List<string>();
        if (query.Continent is { } continent)
        {
            filters.Add(SearchFilters.Continent(continent));
        }
        if (query.Country is { } country)
        {
            filters.Add(SearchFilters.Country(country));
        }
        if (query.Kind is { } kind)
        {
            filters.Add(SearchFilters.Kind(kind));
        }
        if (query.Theme is { } theme)
        {
            filters.Add(SearchFilters.Theme(theme));
        }
        if (scope.SponsorId is { } sponsor)
        {
            filters.Add(SearchFilters.Sponsor(sponsor));
        }
        return filters;
    }

    private sealed record PageRow(long Id, string Reference, string Title, string? TitleEn, ExpertKind Kind, string CountryCode, string City,
        string HostInstitution, DateOnly Deadline, DateOnly StartDate, int DurationMonths, DateTime? PublishedAt);
}
