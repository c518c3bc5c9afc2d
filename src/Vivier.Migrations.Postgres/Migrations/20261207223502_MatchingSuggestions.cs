using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MatchingSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fit_explanation",
                table: "application_events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fit_score",
                table: "application_events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "match_dismissals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mission_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_dismissals", x => x.id);
                    table.ForeignKey(
                        name: "fk_match_dismissals_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_match_dismissals_people_by_person_id",
                        column: x => x.by_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_match_dismissals_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_invitations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mission_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_match_invitations_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_match_invitations_people_by_person_id",
                        column: x => x.by_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_match_invitations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "matching_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    weights = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matching_settings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_candidate_profiles_updated_at",
                table: "candidate_profiles",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_match_dismissals_by_person_id",
                table: "match_dismissals",
                column: "by_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_dismissals_mission_id_person_id",
                table: "match_dismissals",
                columns: new[] { "mission_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_dismissals_person_id",
                table: "match_dismissals",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_invitations_by_person_id",
                table: "match_invitations",
                column: "by_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_invitations_mission_id_person_id",
                table: "match_invitations",
                columns: new[] { "mission_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_invitations_person_id",
                table: "match_invitations",
                column: "person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_dismissals");

            migrationBuilder.DropTable(
                name: "match_invitations");

            migrationBuilder.DropTable(
                name: "matching_settings");

            migrationBuilder.DropIndex(
                name: "ix_candidate_profiles_updated_at",
                table: "candidate_profiles");

            migrationBuilder.DropColumn(
                name: "fit_explanation",
                table: "application_events");

            migrationBuilder.DropColumn(
                name: "fit_score",
                table: "application_events");
        }
    }
}
