using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fit_score",
                table: "application_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "match_dismissals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    score = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    changed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    weights = table.Column<string>(type: "TEXT", nullable: false)
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
