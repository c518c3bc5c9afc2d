using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentAndDeployments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "review_criteria",
                table: "missions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "screening_questions",
                table: "missions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "answers",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "application_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_notes_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_application_notes_people_author_id",
                        column: x => x.author_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declared_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    has_conflict = table.Column<bool>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    scored_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    scores = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_reviews_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_application_reviews_people_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "directory_listings",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    listed = table.Column<bool>(type: "INTEGER", nullable: false),
                    headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    share_email = table.Column<bool>(type: "INTEGER", nullable: false),
                    share_phone = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory_listings", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_directory_listings_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "stage_mail_templates",
                columns: table => new
                {
                    stage_key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_mail_templates", x => new { x.stage_key, x.language });
                    table.ForeignKey(
                        name: "fk_stage_mail_templates_pipeline_stages_stage_key",
                        column: x => x.stage_key,
                        principalTable: "pipeline_stages",
                        principalColumn: "key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deployments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    external_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    host_institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    planned_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    planned_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    actual_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    actual_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    in_post_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    in_post_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_first_deployment = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                    end_alert90for = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_alert30for = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployments", x => x.id);
                    table.ForeignKey(
                        name: "fk_deployments_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployments_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployments_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployments_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployments_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "deployment_sponsors",
                columns: table => new
                {
                    deployment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sponsor_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployment_sponsors", x => new { x.deployment_id, x.sponsor_id });
                    table.ForeignKey(
                        name: "fk_deployment_sponsors_deployments_deployment_id",
                        column: x => x.deployment_id,
                        principalTable: "deployments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_deployment_sponsors_organisations_sponsor_id",
                        column: x => x.sponsor_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateIndex(
                name: "ix_application_notes_application_id_at",
                table: "application_notes",
                columns: new[] { "application_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_application_notes_author_id",
                table: "application_notes",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_reviews_application_id_reviewer_id",
                table: "application_reviews",
                columns: new[] { "application_id", "reviewer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_reviews_reviewer_id",
                table: "application_reviews",
                column: "reviewer_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_deployment_events_deployment_id_at",
                table: "deployment_events",
                columns: new[] { "deployment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_deployment_sponsors_sponsor_id",
                table: "deployment_sponsors",
                column: "sponsor_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployment_themes_theme_code",
                table: "deployment_themes",
                column: "theme_code");

            migrationBuilder.CreateIndex(
                name: "ix_deployments_application_id",
                table: "deployments",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deployments_country_code",
                table: "deployments",
                column: "country_code");

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
                name: "ix_deployments_mission_id",
                table: "deployments",
                column: "mission_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployments_person_id",
                table: "deployments",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployments_post_id",
                table: "deployments",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployments_status_planned_start",
                table: "deployments",
                columns: new[] { "status", "planned_start" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_code",
                table: "posts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_country_code",
                table: "posts",
                column: "country_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_notes");

            migrationBuilder.DropTable(
                name: "application_reviews");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "checklist_template");

            migrationBuilder.DropTable(
                name: "deployment_events");

            migrationBuilder.DropTable(
                name: "deployment_sponsors");

            migrationBuilder.DropTable(
                name: "deployment_themes");

            migrationBuilder.DropTable(
                name: "directory_listings");

            migrationBuilder.DropTable(
                name: "stage_mail_templates");

            migrationBuilder.DropTable(
                name: "deployments");

            migrationBuilder.DropTable(
                name: "posts");

            migrationBuilder.DropColumn(
                name: "review_criteria",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "screening_questions",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "answers",
                table: "applications");
        }
    }
}
