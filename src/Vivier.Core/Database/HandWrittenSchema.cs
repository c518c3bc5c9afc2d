namespace Vivier.Core.Database;

/// <summary>
/// The schema EF Core's model cannot say, per provider, called by each provider's Initial
/// migration: SQLite's full-text table and its triggers, PostgreSQL's row layout for search and
/// its planner setting. Kept here, beside the queries that rely on them (Search/), so that a later
/// migration that must re-create one calls the same constant.
/// </summary>
public static class HandWrittenSchema
{
    /// <summary>SQLite: an FTS5 index over the missions' search columns, kept in sync by triggers.</summary>
    public static class Sqlite
    {
        /// <summary>
        /// An external-content FTS5 table (the text lives once, in missions) over the title, the
        /// text and the filter tokens (Search/SearchFilters), tokenised by unicode61 after the
        /// French folding done in C# (Search/FrenchText).
        /// </summary>
        public const string CreateSearchTable =
            "CREATE VIRTUAL TABLE missions_fts USING fts5(search_title, search_text, search_filters, content='missions', content_rowid='id', tokenize='unicode61');";

        /// <summary>
        /// The triggers that keep the index in step with the table. A migration that rebuilds the
        /// missions table (SQLite's way of altering a column) drops them with it: it must run these again.
        /// </summary>
        public static readonly string[] CreateSearchTriggers =
        [
            "CREATE TRIGGER missions_fts_insert AFTER INSERT ON missions BEGIN "
                + "INSERT INTO missions_fts(rowid, search_title, search_text, search_filters) VALUES (new.id, new.search_title, new.search_text, new.search_filters); END;",
            "CREATE TRIGGER missions_fts_delete AFTER DELETE ON missions BEGIN "
                + "INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text, search_filters) VALUES ('delete', old.id, old.search_title, old.search_text, old.search_filters); END;",
            "CREATE TRIGGER missions_fts_update AFTER UPDATE OF search_title, search_text, search_filters ON missions BEGIN "
                + "INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text, search_filters) VALUES ('delete', old.id, old.search_title, old.search_text, old.search_filters); "
                + "INSERT INTO missions_fts(rowid, search_title, search_text, search_filters) VALUES (new.id, new.search_title, new.search_text, new.search_filters); END;",
        ];

        /// <summary>The triggers that move <see cref="Search.BoardVersion"/> (one per table and event: SQLite has no statement triggers).</summary>
        public static readonly string[] CreateBoardVersionTriggers =
        [
            .. BoardVersionEvents.Select(on => $"CREATE TRIGGER {on.Name} AFTER {on.Event} ON {on.Table} BEGIN {BumpBoardVersion} END;"),
        ];

        public static readonly string[] DropBoardVersionTriggers = [.. BoardVersionEvents.Select(on => $"DROP TRIGGER IF EXISTS {on.Name};")];

        public static readonly string[] DropSearchTable =
        [
            "DROP TRIGGER IF EXISTS missions_fts_update;",
            "DROP TRIGGER IF EXISTS missions_fts_delete;",
            "DROP TRIGGER IF EXISTS missions_fts_insert;",
            "DROP TABLE IF EXISTS missions_fts;",
        ];
    }

    /// <summary>What moves <see cref="Search.BoardVersion"/>: each change of what the facet counts and their labels read.</summary>
    private static readonly (string Name, string Event, string Table)[] BoardVersionEvents =
    [
        ("board_version_mission_insert", "INSERT", "missions"),
        ("board_version_mission_delete", "DELETE", "missions"),
        ("board_version_mission_update", "UPDATE OF status, deadline, country_code, kind", "missions"),
        ("board_version_mission_theme_insert", "INSERT", "mission_themes"),
        ("board_version_mission_theme_delete", "DELETE", "mission_themes"),
        ("board_version_mission_sponsor_insert", "INSERT", "mission_sponsors"),
        ("board_version_mission_sponsor_delete", "DELETE", "mission_sponsors"),
        ("board_version_organisation_update", "UPDATE OF short_name", "organisations"),
        ("board_version_country_insert", "INSERT", "countries"),
        ("board_version_country_update", "UPDATE", "countries"),
        ("board_version_theme_insert", "INSERT", "themes"),
        ("board_version_theme_update", "UPDATE", "themes"),
    ];

    private const string BumpBoardVersion = "UPDATE board_versions SET value = value + 1;";

    /// <summary>PostgreSQL: settings on the missions table and the database that the search's speed depends on.</summary>
    public static class Postgres
    {
        /// <summary>
        /// The triggers that move <see cref="Search.BoardVersion"/>: deferred to the commit and once
        /// per transaction (a transaction-local setting remembers it), so the version's row is the
        /// last lock a changing transaction takes and holds it only while it commits. Taken earlier,
        /// two transactions could each hold a mission the other wants while one waits for the
        /// version (a deadlock); taken last, they only queue.
        /// </summary>
        public static readonly string[] CreateBoardVersionTriggers =
        [
            $"""
            CREATE FUNCTION bump_board_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF current_setting('vivier.board_version_moved', true) IS DISTINCT FROM 'on' THEN
                    {BumpBoardVersion}
                    PERFORM set_config('vivier.board_version_moved', 'on', true);
                END IF;
                RETURN NULL;
            END $$;
            """,
            .. BoardVersionEvents.Select(on =>
                $"CREATE CONSTRAINT TRIGGER {on.Name} AFTER {on.Event} ON {on.Table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_board_version();"),
        ];

        public static readonly string[] DropBoardVersionTriggers =
        [
            .. BoardVersionEvents.Select(on => $"DROP TRIGGER IF EXISTS {on.Name} ON {on.Table};"),
            "DROP FUNCTION IF EXISTS bump_board_version();",
        ];

        /// <summary>
        /// A search reads the heap row of every match (for its status, deadline and order), so the
        /// fewer pages the matches spread over, the faster the search. Keep in the row only what a
        /// row is read for: any value that would make it longer than 128 bytes goes to the TOAST
        /// table, where a search never looks; the full-text vector goes there uncompressed (the GIN
        /// index answers for it), while the title and filter vectors, which the board reads per
        /// match, stay in the row. Missions then fit about 15 to a page instead of 5: a search for a
        /// common word on 50,000 missions reads 40 % fewer pages and takes about half the time
        /// (docs/PERFORMANCE.md). Rows written before this runs keep their layout until rewritten
        /// (VACUUM FULL missions).
        /// </summary>
        public const string SearchRowLayout = """
            ALTER TABLE missions SET (toast_tuple_target = 128);
            ALTER TABLE missions ALTER COLUMN search_vector SET STORAGE EXTERNAL;
            ALTER TABLE missions ALTER COLUMN search_title_vector SET STORAGE MAIN;
            ALTER TABLE missions ALTER COLUMN search_filters_vector SET STORAGE MAIN;
            """;

        /// <summary>
        /// The planner's default random_page_cost (4) prices a page read as a disk seek; on SSD or
        /// cached storage that makes it scan every mission, testing each one's text, for common
        /// search words instead of reading the full-text index (measured: 77 ms against 20 ms at
        /// 50,000 missions, docs/PERFORMANCE.md). 1.1 is the usual setting for SSD storage. Set on
        /// the database, for its new sessions; a database Vivier does not own keeps the server's value.
        /// </summary>
        public const string PlannerSettings = """
            DO $$
            BEGIN
                EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'random_page_cost left to the server: the migrating role does not own the database';
            END $$;
            """;
    }
}
