using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Vivier.Core.Missions;

namespace Vivier.Core.Search;

/// <summary>
/// The provider-specific part of mission search, and the only one: does a mission hold every word
/// of a query, in all its text or in its title. SQLite answers from its FTS5 table, PostgreSQL
/// from its GIN-indexed tsvector columns; both index the same tokens, made by <see cref="FrenchText"/>.
/// The answers are predicates, so filters, facets, ordering and paging compose with them in SQL.
/// </summary>
public static class MissionSearch
{
    /// <summary>PostgreSQL only: the tsvector columns generated from the normalised text.</summary>
    public const string VectorProperty = "SearchVector";
    public const string TitleVectorProperty = "SearchTitleVector";

    public static Expression<Func<Mission, bool>> Matches(VivierDb db, IReadOnlyList<string> tokens) => Predicate(db, tokens, inTitle: false);

    public static Expression<Func<Mission, bool>> MatchesInTitle(VivierDb db, IReadOnlyList<string> tokens) => Predicate(db, tokens, inTitle: true);

    /// <summary>
    /// Whether a search page reads its total with the page, as a window count. PostgreSQL pays for
    /// each matching heap row it visits, so reading the matches once (not once to count, once for
    /// the page) halves the work. SQLite's rowid lookups are cheap but its window materialises and
    /// sorts every match with its columns: counting apart is faster there (measured, docs/PERFORMANCE.md).
    /// </summary>
    public static bool CountsWithThePage(VivierDb db) => db?.Database.IsNpgsql() ?? throw new ArgumentNullException(nameof(db));

    /// <summary>
    /// Maps PostgreSQL's generated tsvector columns ('simple' configuration: the tokens are already
    /// folded and stemmed, it only splits words) and their GIN indexes; the title has its own,
    /// since relevance ranks title matches first.
    /// </summary>
    public static void MapPostgresVectors(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var mission = modelBuilder.Entity<Mission>();
        mission.Property<NpgsqlTsVector>(TitleVectorProperty).HasComputedColumnSql("to_tsvector('simple', search_title)", stored: true);
        mission.Property<NpgsqlTsVector>(VectorProperty).HasComputedColumnSql("to_tsvector('simple', search_text)", stored: true);
        mission.HasIndex(TitleVectorProperty).HasMethod("GIN");
        mission.HasIndex(VectorProperty).HasMethod("GIN");
    }

    private static Expression<Func<Mission, bool>> Predicate(VivierDb db, IReadOnlyList<string> tokens, bool inTitle)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (tokens.Count == 0 || tokens.Any(t => !t.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException("Search tokens come from FrenchText.QueryTokens.", nameof(tokens));
        }
        if (db.Database.IsNpgsql())
        {
            // On the row itself, so the planner reads the GIN index and filters the same heap rows.
            var query = string.Join(" & ", tokens);
            var column = inTitle ? TitleVectorProperty : VectorProperty;
            return m => EF.Property<NpgsqlTsVector>(m, column).Matches(EF.Functions.ToTsQuery("simple", query));
        }
        var ids = SqliteMatches(db, tokens, inTitle);
        return m => ids.Contains(m.Id);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1002", Justification = "Only tokens of ASCII letters and digits, checked first, are written into the SQL.")]
    private static IQueryable<long> SqliteMatches(VivierDb db, IReadOnlyList<string> tokens, bool inTitle)
    {
        // FTS5 is a separate (external-content) table: its rowids are the missions' ids. The tokens
        // are letters and digits only, so they are written into the SQL as literals: EF Core cannot
        // compose a raw query that carries parameters into a larger one.
        var match = inTitle
            ? string.Join(" AND ", tokens.Select(t => $"search_title : \"{t}\""))
            : string.Join(" AND ", tokens.Select(t => $"\"{t}\""));
        return db.Database.SqlQueryRaw<long>($"SELECT rowid AS \"Value\" FROM missions_fts WHERE missions_fts MATCH '{match}'");
    }
}
