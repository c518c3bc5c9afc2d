using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "end_alert30for",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "end_alert90for",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "checklist_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deployment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    done_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    done_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reminder_sent_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_checklist_items_asp_net_users_done_by",
                        column: x => x.done_by,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checklist_items_deployments_deployment_id",
                        column: x => x.deployment_id,
                        principalTable: "deployments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "checklist_template",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    days_before_start = table.Column<int>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_template", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_deployment_id_position",
                table: "checklist_items",
                columns: new[] { "deployment_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_done_at_due_on",
                table: "checklist_items",
                columns: new[] { "done_at", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_done_by",
                table: "checklist_items",
                column: "done_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "checklist_template");

            migrationBuilder.DropColumn(
                name: "end_alert30for",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "end_alert90for",
                table: "deployments");
        }
    }
}
