namespace Vivier.Core.Search;

/// <summary>
/// The board's filter values as index tokens ("kindeti", "countrysn", "continentafrica",
/// "themeclimate", "sponsor" + id), kept in a column of their own next to the searched text. A
/// search then asks the full-text index for "these words and these filters" at once, so the
/// database looks up only the missions that pass both, not every mission holding a common word.
/// The mission rewrites its tokens whenever its kind, country, themes, sponsors or status change,
/// so a search trusts them: the theme and sponsor tables are not joined again, and SQLite counts
/// and pages a search from its index (a page still tests each row's status and deadline).
/// </summary>
public static class SearchFilters
{
    private const string StatusPrefix = "status";

    /// <summary>The status token comes first and follows every status change (<see cref="WithStatus"/>).</summary>
    public static string Status(MissionStatus status) => StatusPrefix + Word(status.ToString());

    public static string Kind(ExpertKind kind) => "kind" + Word(kind.ToString());

    public static string Country(string code) => "country" + Word(code);

    public static string Continent(Continent continent) => "continent" + Word(continent.ToString());

    public static string Theme(string code) => "theme" + Word(code);

    /// <summary>By id: a sponsor's short name can be edited, its id cannot.</summary>
    public static string Sponsor(Guid id) => "sponsor" + id.ToString("N");

    public static string ForIndex(MissionStatus status, ExpertKind kind, Country country, IEnumerable<Theme> themes, IEnumerable<Organisation> sponsors)
    {
        ArgumentNullException.ThrowIfNull(country);
        return string.Join(' ', new[] { Status(status), Kind(kind), Country(country.Code), Continent(country.Continent) }
            .Concat(themes.Select(t => Theme(t.Code)))
            .Concat(sponsors.Select(s => Sponsor(s.Id)))
            .Distinct(StringComparer.Ordinal));
    }

    /// <summary>The same tokens with the status token replaced.</summary>
    public static string WithStatus(string filters, MissionStatus status) =>
        string.Join(' ', (filters ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.StartsWith(StatusPrefix, StringComparison.Ordinal)).Prepend(Status(status)));

    /// <summary>Letters and digits only, lower case: the shape of every index token.</summary>
    private static string Word(string value) => string.Concat(value.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
