using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "fr-x-icu"),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    host_institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    description_en = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    profile = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    profile_en = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    duration_months = table.Column<int>(type: "integer", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                    search_title = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mission_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    language_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    level = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    mission_id = table.Column<long>(type: "bigint", nullable: false)
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
                    mission_id = table.Column<long>(type: "bigint", nullable: false),
                    sponsor_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                    mission_id = table.Column<long>(type: "bigint", nullable: false),
                    theme_code = table.Column<string>(type: "character varying(40)", nullable: false)
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

            // Full-text search over the columns the C# normaliser fills (see Vivier.Core.Search): the
            // 'simple' configuration only splits words, since the tokens are already folded and stemmed.
            migrationBuilder.Sql("ALTER TABLE missions ADD COLUMN search_title_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_title)) STORED;");
            migrationBuilder.Sql("ALTER TABLE missions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;");
            migrationBuilder.Sql("CREATE INDEX ix_missions_search_vector ON missions USING GIN (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
