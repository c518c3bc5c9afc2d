using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_filters",
                table: "missions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Existing missions get their filter tokens (Vivier.Core.Search.SearchFilters, same order),
            // then the full-text table is rebuilt with a column for them; the triggers follow it.
            migrationBuilder.Sql("""
                UPDATE missions SET search_filters =
                    'status' || lower(status) || ' kind' || lower(kind) || ' country' || lower(country_code)
                    || ' continent' || lower((SELECT continent FROM countries WHERE code = missions.country_code))
                    || coalesce((SELECT ' ' || group_concat('theme' || replace(theme_code, '-', ''), ' ') FROM mission_themes WHERE mission_id = missions.id), '')
                    || coalesce((SELECT ' ' || group_concat('sponsor' || lower(replace(sponsor_id, '-', '')), ' ') FROM mission_sponsors WHERE mission_id = missions.id), '');
                """);
            DropSearchTable(migrationBuilder);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE missions_fts USING fts5(search_title, search_text, search_filters, content='missions', content_rowid='id', tokenize='unicode61');");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_insert AFTER INSERT ON missions BEGIN INSERT INTO missions_fts(rowid, search_title, search_text, search_filters) VALUES (new.id, new.search_title, new.search_text, new.search_filters); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_delete AFTER DELETE ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text, search_filters) VALUES ('delete', old.id, old.search_title, old.search_text, old.search_filters); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_update AFTER UPDATE OF search_title, search_text, search_filters ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text, search_filters) VALUES ('delete', old.id, old.search_title, old.search_text, old.search_filters); INSERT INTO missions_fts(rowid, search_title, search_text, search_filters) VALUES (new.id, new.search_title, new.search_text, new.search_filters); END;");
            migrationBuilder.Sql("INSERT INTO missions_fts(missions_fts) VALUES ('rebuild');");
        }

        private static void DropSearchTable(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS missions_fts;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the two-column full-text table of the Initial migration.
            DropSearchTable(migrationBuilder);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE missions_fts USING fts5(search_title, search_text, content='missions', content_rowid='id', tokenize='unicode61');");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_insert AFTER INSERT ON missions BEGIN INSERT INTO missions_fts(rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_delete AFTER DELETE ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_update AFTER UPDATE OF search_title, search_text ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text); INSERT INTO missions_fts(rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text); END;");
            migrationBuilder.Sql("INSERT INTO missions_fts(missions_fts) VALUES ('rebuild');");
            migrationBuilder.DropColumn(
                name: "search_filters",
                table: "missions");
        }
    }
}
