using System.Linq.Expressions;
using NpgsqlTypes;

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
    public const string FiltersVectorProperty = "SearchFiltersVector";

    /// <summary>
    /// Missions holding every word, and every filter token (<see cref="SearchFilters"/>), if any: the
    /// index then narrows by both before the database reads a row.
    /// </summary>
    public static Expression<Func<Mission, bool>> Matches(VivierDb db, IReadOnlyList<string> tokens, IReadOnlyList<string>? filters = null) =>
        Predicate(db, tokens, filters ?? [], inTitle: false);

    /// <summary>
    /// The ids of the missions holding every word, whatever their status or deadline (the caller
    /// knows which are open): SQLite reads them from its full-text index alone, without a mission row.
    /// </summary>
    public static IQueryable<long> MatchingIds(VivierDb db, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? db.Missions.Where(Matches(db, tokens)).Select(m => m.Id) : SqliteMatches(db, tokens, [], inTitle: false);
    }

    public static Expression<Func<Mission, bool>> MatchesInTitle(VivierDb db, IReadOnlyList<string> tokens, IReadOnlyList<string>? filters = null) =>
        Predicate(db, tokens, filters ?? [], inTitle: true);

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
        mission.Property<NpgsqlTsVector>(FiltersVectorProperty).HasComputedColumnSql("to_tsvector('simple', search_filters)", stored: true);
        mission.HasIndex(TitleVectorProperty).HasMethod("GIN");
        mission.HasIndex(VectorProperty).HasMethod("GIN");
        mission.HasIndex(FiltersVectorProperty).HasMethod("GIN");
    }

    private static Expression<Func<Mission, bool>> Predicate(VivierDb db, IReadOnlyList<string> tokens, IReadOnlyList<string> filters, bool inTitle)
    {
        ArgumentNullException.ThrowIfNull(db);
        Check(tokens, filters);
        if (db.Database.IsNpgsql())
        {
            // On the row itself, so the planner reads the GIN indexes and filters the same heap rows.
            var query = string.Join(" & ", tokens);
            var column = inTitle ? TitleVectorProperty : VectorProperty;
            if (filters.Count == 0)
            {
                return m => EF.Property<NpgsqlTsVector>(m, column).Matches(EF.Functions.ToTsQuery("simple", query));
            }
            var filterQuery = string.Join(" & ", filters);
            return m => EF.Property<NpgsqlTsVector>(m, column).Matches(EF.Functions.ToTsQuery("simple", query))
                && EF.Property<NpgsqlTsVector>(m, FiltersVectorProperty).Matches(EF.Functions.ToTsQuery("simple", filterQuery));
        }
        var ids = SqliteMatches(db, tokens, filters, inTitle);
        return m => ids.Contains(m.Id);
    }

    /// <summary>
    /// SQLite only: how many open missions hold the words and filter tokens, counted in the full-text
    /// index without reading a mission (the status is one of the tokens). Published missions whose
    /// deadline passed before the closing job ran are counted by the index, then taken off. Null
    /// when that backlog is too long to take off cheaply: the caller counts in SQL instead.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1002", Justification = "Only tokens of ASCII letters and digits, checked first, are written into the SQL.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1003", Justification = "Only tokens of ASCII letters and digits, checked first, are written into the SQL.")]
    public static async Task<int?> CountOpenInIndexAsync(VivierDb db, IReadOnlyList<string> tokens, IReadOnlyList<string> filters, DateOnly today,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        Check(tokens, filters);
        if (db.Database.IsNpgsql())
        {
            throw new InvalidOperationException("PostgreSQL counts with the page (CountsWithThePage).");
        }
        const int MaxBacklog = 100;
        var backlog = await db.Missions.CountAsync(m => m.Status == MissionStatus.Published && m.Deadline < today, cancellationToken);
        if (backlog > MaxBacklog)
        {
            return null;
        }
        var match = SqliteMatch(tokens, [.. filters, SearchFilters.Status(MissionStatus.Published)], inTitle: false);
        var indexed = await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS \"Value\" FROM missions_fts WHERE missions_fts MATCH '{match}'")
            .SingleAsync(cancellationToken);
        if (backlog == 0)
        {
            return indexed;
        }
        var passed = await db.Database.SqlQueryRaw<int>(
                $"SELECT count(*) AS \"Value\" FROM missions m WHERE m.status = 'Published' AND m.deadline < {{0}} " +
                $"AND EXISTS (SELECT 1 FROM missions_fts f WHERE f.rowid = m.id AND f.missions_fts MATCH '{match}')", today)
            .SingleAsync(cancellationToken);
        return indexed - passed;
    }

    private static void Check(IReadOnlyList<string> tokens, IReadOnlyList<string> filters)
    {
        if (tokens.Count == 0 || tokens.Concat(filters).Any(t => t.Length == 0 || !t.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException("Search tokens come from FrenchText.QueryTokens and SearchFilters.", nameof(tokens));
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EF1002", Justification = "Only tokens of ASCII letters and digits, checked first, are written into the SQL.")]
    private static IQueryable<long> SqliteMatches(VivierDb db, IReadOnlyList<string> tokens, IReadOnlyList<string> filters, bool inTitle) =>
        db.Database.SqlQueryRaw<long>($"SELECT rowid AS \"Value\" FROM missions_fts WHERE missions_fts MATCH '{SqliteMatch(tokens, filters, inTitle)}'");

    /// <summary>
    /// An FTS5 query: the words in the text columns (or the title), the filter tokens in theirs. FTS5
    /// is a separate (external-content) table whose rowids are the missions' ids. The tokens are
    /// letters and digits only, so they are written into the SQL as literals (EF Core cannot compose a
    /// raw query that carries parameters into a larger one); braces are doubled, as the raw SQL is a
    /// format string.
    /// </summary>
    internal static string SqliteMatch(IReadOnlyList<string> tokens, IReadOnlyList<string> filters, bool inTitle)
    {
        Check(tokens, filters);
        var words = inTitle ? "search_title" : "{{search_title search_text}}";
        return string.Join(" AND ", tokens.Select(t => $"{words} : \"{t}\"").Concat(filters.Select(f => $"search_filters : \"{f}\"")));
    }
}
