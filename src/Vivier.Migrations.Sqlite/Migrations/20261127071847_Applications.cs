using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pipeline_stages",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name_fr = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    candidate_label_fr = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    candidate_label_en = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    is_final = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipeline_stages", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cover_letter = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    stage_key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    profile_snapshot = table.Column<string>(type: "TEXT", nullable: true),
                    cv_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_applications_pipeline_stages_stage_key",
                        column: x => x.stage_key,
                        principalTable: "pipeline_stages",
                        principalColumn: "key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_stored_files_cv_file_id",
                        column: x => x.cv_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    from_stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    to_stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    visible_to_candidate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id_at",
                table: "application_events",
                columns: new[] { "application_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_cv_file_id",
                table: "applications",
                column: "cv_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_mission_id_person_id",
                table: "applications",
                columns: new[] { "mission_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_mission_id_stage_key",
                table: "applications",
                columns: new[] { "mission_id", "stage_key" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_person_id",
                table: "applications",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_stage_key",
                table: "applications",
                column: "stage_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "pipeline_stages");
        }
    }
}
