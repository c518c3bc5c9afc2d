namespace Vivier.Web.Features.Roster;

/// <summary>
/// Who was in post on a day, narrowed by the roster's filters. Parsed from the URL or the API's
/// query; a value that does not parse is refused, never silently ignored.
/// </summary>
public sealed record RosterQuery(DateOnly AsOf, ExpertKind? Kind, Continent? Continent, string? Country, string? Theme, string? Sponsor, string? Host,
    int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The query, or the refusals (each naming its parameter) that stop it.</summary>
    public static (RosterQuery? Query, IReadOnlyCollection<Refusal> Refusals) Parse(DateOnly today, string? asOf, string? kind, string? continent, string? country,
        string? theme, string? sponsor, string? host, string? page, string? pageSize)
    {
        var refusals = new FieldRefusals();
        var day = today;
        if (!string.IsNullOrWhiteSpace(asOf) && !QueryValue.TryDay(asOf, out day))
        {
            refusals.Add("asOf", "Roster.Invalid.asOf");
        }
        ExpertKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (QueryValue.TryName<ExpertKind>(kind, out var k)) { parsedKind = k; } else { refusals.Add("kind", "Roster.Invalid.kind"); }
        }
        Continent? parsedContinent = null;
        if (!string.IsNullOrWhiteSpace(continent))
        {
            if (QueryValue.TryName<Continent>(continent, out var c)) { parsedContinent = c; } else { refusals.Add("continent", "Roster.Invalid.continent"); }
        }
        if (!string.IsNullOrWhiteSpace(country) && !(country.Length == 2 && country.All(char.IsAsciiLetter)))
        {
            refusals.Add("country", "Roster.Invalid.country");
        }
        var number = Number(page, 1, int.MaxValue, "page");
        var size = Number(pageSize, 1, MaxPageSize, "pageSize") ?? DefaultPageSize;
        if (host is { Length: > 200 })
        {
            refusals.Add("host", "Roster.Invalid.host");
        }
        return refusals.Count > 0 ? (null, refusals) : (new RosterQuery(day, parsedKind, parsedContinent, Blank(country)?.ToUpperInvariant(), Blank(theme),
            Blank(sponsor), Blank(host), number ?? 1, size), refusals);

        int? Number(string? text, int min, int max, string name)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }
            refusals.Add(name, $"Roster.Invalid.{name}");
            return null;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
