using Microsoft.EntityFrameworkCore;

namespace Vivier.Core.Search;

/// <summary>
/// The provider-specific part of mission search, and the only one: which missions hold every word
/// of a query, in all their text or in their title. SQLite answers from its FTS5 table, PostgreSQL
/// from its GIN-indexed tsvector; both index the same tokens, made by <see cref="FrenchText"/>.
/// The answers are queries, so filters, facets and paging compose with them in SQL.
/// </summary>
public static class MissionSearch
{
    public static IQueryable<long> Matching(VivierDb db, IReadOnlyList<string> tokens) => Query(db, tokens, inTitle: false);

    public static IQueryable<long> MatchingInTitle(VivierDb db, IReadOnlyList<string> tokens) => Query(db, tokens, inTitle: true);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1002", Justification = "Only tokens of ASCII letters and digits, checked first, are written into the SQL.")]
    private static IQueryable<long> Query(VivierDb db, IReadOnlyList<string> tokens, bool inTitle)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (tokens.Count == 0 || tokens.Any(t => !t.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException("Search tokens come from FrenchText.QueryTokens.", nameof(tokens));
        }
        // The tokens are letters and digits only (checked above), so they are written into the SQL as
        // literals: EF Core cannot compose a raw query that carries parameters into a larger one.
        if (db.Database.IsNpgsql())
        {
            var column = inTitle ? "search_title_vector" : "search_vector";
            return db.Database.SqlQueryRaw<long>(
                $"SELECT id AS \"Value\" FROM missions WHERE {column} @@ to_tsquery('simple', '{string.Join(" & ", tokens)}')");
        }
        var match = inTitle
            ? string.Join(" AND ", tokens.Select(t => $"search_title : \"{t}\""))
            : string.Join(" AND ", tokens.Select(t => $"\"{t}\""));
        return db.Database.SqlQueryRaw<long>($"SELECT rowid AS \"Value\" FROM missions_fts WHERE missions_fts MATCH '{match}'");
    }
}
