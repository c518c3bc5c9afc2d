namespace Vivier.Web.Features.Missions;

/// <summary>The public job board: search, filters with counts, sort, pages; every state a shareable URL.</summary>
[AllowAnonymous]
public sealed class IndexModel(MissionBoard board, IStringLocalizer<SharedResource> l) : PageModel
{
    public BoardQuery Query { get; private set; } = new();
    public BoardPage Result { get; private set; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyDictionary<string, Country> Countries { get; private set; } = new Dictionary<string, Country>();
    public IReadOnlyDictionary<string, Theme> Themes { get; private set; } = new Dictionary<string, Theme>();
    public Pager Pager => new(Query.Page, Query.PageSize, Result.Total, Request.Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (query, errors) = BoardQuery.Parse(Request.Query, l);
        Query = query;
        Problems = errors.Values.SelectMany(v => v).ToList();
        Result = await board.SearchAsync(query, withFacets: true, cancellationToken);
        (Countries, Themes) = (Result.Labels!.Countries, Result.Labels.Themes);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public IReadOnlyList<FacetValue> Facet(string name) => Result.Facets.TryGetValue(name, out var values) ? values : [];

    public string Label(string facet, string value) => facet switch
    {
        "continent" => l[$"Continent.{value}"],
        "country" => Countries.TryGetValue(value, out var c) ? c.NameIn(Locale.Current) : value,
        "theme" => Themes.TryGetValue(value, out var t) ? t.NameIn(Locale.Current) : value,
        "kind" => l[$"Kind.{value}"],
        "closingWithin" => l["Board.ClosingWithin.Value", value],
        _ => value,
    };

    public string? Selected(string facet) => facet switch
    {
        "continent" => Query.Continent?.ToString(),
        "country" => Query.Country,
        "theme" => Query.Theme,
        "kind" => Query.Kind?.ToString(),
        "sponsor" => Query.Sponsor,
        "closingWithin" => Query.ClosingWithin?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
