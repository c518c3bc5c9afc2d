using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "last_sign_in_at",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "outcome_at",
                table: "missions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "recruitment_evidence",
                columns: table => new
                {
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    final_stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    furthest_stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    archived_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    moves = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recruitment_evidence", x => x.application_id);
                });

            migrationBuilder.CreateTable(
                name: "retention_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dry_run = table.Column<bool>(type: "INTEGER", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    counts = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "retention_settings",
                columns: table => new
                {
                    rule_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    changed_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_settings", x => x.rule_key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_evidence_ended_at",
                table: "recruitment_evidence",
                column: "ended_at");

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_evidence_person_id",
                table: "recruitment_evidence",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_retention_runs_started_at",
                table: "retention_runs",
                column: "started_at");

            // Retention counts from the latest sign-in and from a recruitment's outcome: both read from what is already stored.
            migrationBuilder.Sql("UPDATE people SET last_sign_in_at = (SELECT MAX(s.created_at) FROM account_sessions s WHERE s.person_id = people.id)");
            migrationBuilder.Sql("UPDATE missions SET outcome_at = closed_at WHERE status IN ('Filled', 'Cancelled')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recruitment_evidence");

            migrationBuilder.DropTable(
                name: "retention_runs");

            migrationBuilder.DropTable(
                name: "retention_settings");

            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                table: "people");

            migrationBuilder.DropColumn(
                name: "outcome_at",
                table: "missions");
        }
    }
}
