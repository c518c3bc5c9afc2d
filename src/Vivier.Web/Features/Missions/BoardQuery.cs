namespace Vivier.Web.Features.Missions;

public enum BoardSort
{
    Relevance,
    Recent,
    Closing,
}

/// <summary>
/// The board's state, all of it in the URL: q, continent, country, theme, kind, sponsor,
/// closingWithin (days), sort, page — shared by the page, the feed and GET /api/v1/missions.
/// </summary>
public sealed record BoardQuery(
    string? Q = null,
    Continent? Continent = null,
    string? Country = null,
    string? Theme = null,
    ExpertKind? Kind = null,
    string? Sponsor = null,
    int? ClosingWithin = null,
    BoardSort Sort = BoardSort.Relevance,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxQueryLength = 200;
    public const int MaxPageSize = 100;
    public static readonly int[] ClosingWindows = [7, 30, 90];

    /// <summary>Reads the query string; unknown or malformed values are reported by parameter, in the reader's language.</summary>
    public static (BoardQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        string? Text(string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;
        void Fail(string name) => errors[name] = [l[$"Board.Invalid.{name}"]];

        var q = Text("q");
        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [l["Board.Invalid.q", MaxQueryLength]];
            q = null;
        }
        Continent? continent = null;
        if (Text("continent") is { } c)
        {
            if (Enum.TryParse<Continent>(c, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) { continent = parsed; } else { Fail("continent"); }
        }
        var country = Text("country")?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            Fail("country");
            country = null;
        }
        var theme = Text("theme");
        if (theme is not null && (theme.Length > 40 || !theme.All(ch => char.IsAsciiLetterLower(ch) || ch == '-')))
        {
            Fail("theme");
            theme = null;
        }
        ExpertKind? kind = null;
        if (Text("kind") is { } k)
        {
            if (QueryValue.TryName<ExpertKind>(k, out var parsed)) { kind = parsed; } else { Fail("kind"); }
        }
        var sponsor = Text("sponsor");
        if (sponsor is { Length: > 50 })
        {
            Fail("sponsor");
            sponsor = null;
        }
        int? closing = null;
        if (Text("closingWithin") is { } w)
        {
            if (int.TryParse(w, CultureInfo.InvariantCulture, out var days) && ClosingWindows.Contains(days)) { closing = days; } else { Fail("closingWithin"); }
        }
        var sort = q is null ? BoardSort.Recent : BoardSort.Relevance;
        if (Text("sort") is { } s)
        {
            if (Enum.TryParse<BoardSort>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) { sort = parsed; } else { Fail("sort"); }
        }
        var page = 1;
        if (Text("page") is { } p && (!int.TryParse(p, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            Fail("page");
            page = 1;
        }
        var pageSize = 20;
        if (Text("pageSize") is { } ps && (!int.TryParse(ps, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            errors["pageSize"] = [l["Board.Invalid.pageSize", MaxPageSize]];
            pageSize = 20;
        }
        return (new BoardQuery(q, continent, country, theme, kind, sponsor, closing, sort, page, pageSize), errors);
    }

    /// <summary>The query string of this state, with some values changed (null removes one).</summary>
    public string ToQueryString(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["continent"] = Continent?.ToString(),
            ["country"] = Country,
            ["theme"] = Theme,
            ["kind"] = Kind?.ToString(),
            ["sponsor"] = Sponsor,
            ["closingWithin"] = ClosingWithin?.ToString(CultureInfo.InvariantCulture),
            ["sort"] = Sort == (Q is null ? BoardSort.Recent : BoardSort.Relevance) ? null : Sort.ToString().ToLowerInvariant(),
            ["page"] = Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public bool HasFilters => Continent is not null || Country is not null || Theme is not null || Kind is not null || Sponsor is not null || ClosingWithin is not null;
}
