using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Missions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "missions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "FRENCH"),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    host_institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    profile = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    profile_en = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    duration_months = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                    search_title = table.Column<string>(type: "TEXT", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_missions", x => x.id);
                    table.ForeignKey(
                        name: "fk_missions_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mission_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mission_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_mission_changes_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mission_languages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    language_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mission_languages", x => x.id);
                    table.ForeignKey(
                        name: "fk_mission_languages_languages_language_code",
                        column: x => x.language_code,
                        principalTable: "languages",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mission_languages_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mission_sponsors",
                columns: table => new
                {
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sponsor_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mission_sponsors", x => new { x.mission_id, x.sponsor_id });
                    table.ForeignKey(
                        name: "fk_mission_sponsors_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mission_sponsors_organisations_sponsor_id",
                        column: x => x.sponsor_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mission_themes",
                columns: table => new
                {
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    theme_code = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mission_themes", x => new { x.mission_id, x.theme_code });
                    table.ForeignKey(
                        name: "fk_mission_themes_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mission_themes_themes_theme_code",
                        column: x => x.theme_code,
                        principalTable: "themes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mission_changes_mission_id_at",
                table: "mission_changes",
                columns: new[] { "mission_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_mission_languages_language_code",
                table: "mission_languages",
                column: "language_code");

            migrationBuilder.CreateIndex(
                name: "ix_mission_languages_mission_id",
                table: "mission_languages",
                column: "mission_id");

            migrationBuilder.CreateIndex(
                name: "ix_mission_sponsors_sponsor_id",
                table: "mission_sponsors",
                column: "sponsor_id");

            migrationBuilder.CreateIndex(
                name: "ix_mission_themes_theme_code",
                table: "mission_themes",
                column: "theme_code");

            migrationBuilder.CreateIndex(
                name: "ix_missions_country_code",
                table: "missions",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_missions_reference",
                table: "missions",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_missions_status_country_code",
                table: "missions",
                columns: new[] { "status", "country_code" });

            migrationBuilder.CreateIndex(
                name: "ix_missions_status_deadline",
                table: "missions",
                columns: new[] { "status", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_missions_status_published_at",
                table: "missions",
                columns: new[] { "status", "published_at" });

            // Full-text search (FTS5) over the columns the C# normaliser fills (see Vivier.Core.Search).
            // Kept in sync by triggers. A later migration that rebuilds the missions table drops the
            // triggers with it: re-create them there (the search tests fail until then).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE missions_fts USING fts5(search_title, search_text, content='missions', content_rowid='id', tokenize='unicode61');");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_insert AFTER INSERT ON missions BEGIN INSERT INTO missions_fts(rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_delete AFTER DELETE ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text); END;");
            migrationBuilder.Sql("CREATE TRIGGER missions_fts_update AFTER UPDATE OF search_title, search_text ON missions BEGIN INSERT INTO missions_fts(missions_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text); INSERT INTO missions_fts(rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS missions_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS missions_fts;");

            migrationBuilder.DropTable(
                name: "mission_changes");

            migrationBuilder.DropTable(
                name: "mission_languages");

            migrationBuilder.DropTable(
                name: "mission_sponsors");

            migrationBuilder.DropTable(
                name: "mission_themes");

            migrationBuilder.DropTable(
                name: "missions");
        }
    }
}
