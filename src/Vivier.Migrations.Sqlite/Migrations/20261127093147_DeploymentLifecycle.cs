using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeploymentLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "actual_end",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "actual_start",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "deployments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "deployments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_key",
                table: "deployments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "in_post_from",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "in_post_until",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "post_id",
                table: "deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "deployment_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deployment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployment_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_deployment_events_deployments_deployment_id",
                        column: x => x.deployment_id,
                        principalTable: "deployments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deployment_themes",
                columns: table => new
                {
                    deployment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    theme_code = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployment_themes", x => new { x.deployment_id, x.theme_code });
                    table.ForeignKey(
                        name: "fk_deployment_themes_deployments_deployment_id",
                        column: x => x.deployment_id,
                        principalTable: "deployments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_deployment_themes_themes_theme_code",
                        column: x => x.theme_code,
                        principalTable: "themes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "posts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    host_institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => x.id);
                    table.ForeignKey(
                        name: "fk_posts_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deployments_external_key",
                table: "deployments",
                column: "external_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deployments_in_post_from_in_post_until",
                table: "deployments",
                columns: new[] { "in_post_from", "in_post_until" });

            migrationBuilder.CreateIndex(
                name: "ix_deployments_post_id",
                table: "deployments",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployment_events_deployment_id_at",
                table: "deployment_events",
                columns: new[] { "deployment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_deployment_themes_theme_code",
                table: "deployment_themes",
                column: "theme_code");

            migrationBuilder.CreateIndex(
                name: "ix_posts_code",
                table: "posts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_country_code",
                table: "posts",
                column: "country_code");

            migrationBuilder.AddForeignKey(
                name: "fk_deployments_posts_post_id",
                table: "deployments",
                column: "post_id",
                principalTable: "posts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_deployments_posts_post_id",
                table: "deployments");

            migrationBuilder.DropTable(
                name: "deployment_events");

            migrationBuilder.DropTable(
                name: "deployment_themes");

            migrationBuilder.DropTable(
                name: "posts");

            migrationBuilder.DropIndex(
                name: "ix_deployments_external_key",
                table: "deployments");

            migrationBuilder.DropIndex(
                name: "ix_deployments_in_post_from_in_post_until",
                table: "deployments");

            migrationBuilder.DropIndex(
                name: "ix_deployments_post_id",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "actual_end",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "actual_start",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "external_key",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "in_post_from",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "in_post_until",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "post_id",
                table: "deployments");
        }
    }
}
