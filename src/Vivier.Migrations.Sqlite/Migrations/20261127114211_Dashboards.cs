using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "furthest_stage",
                table: "applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_candidate_profiles_person_id_gender",
                table: "candidate_profiles",
                columns: new[] { "person_id", "gender" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_mission_id_furthest_stage",
                table: "applications",
                columns: new[] { "mission_id", "furthest_stage" });

            // Applications sent before the column existed: the furthest funnel stage their history entered.
            migrationBuilder.Sql("""
                UPDATE applications SET furthest_stage = (
                    SELECT e.to_stage FROM application_events e JOIN pipeline_stages s ON s.key = e.to_stage
                    WHERE e.application_id = applications.id AND NOT (s.is_final AND s.key <> 'hired')
                    ORDER BY s.position DESC LIMIT 1)
                WHERE stage_key IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_candidate_profiles_person_id_gender",
                table: "candidate_profiles");

            migrationBuilder.DropIndex(
                name: "ix_applications_mission_id_furthest_stage",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "furthest_stage",
                table: "applications");
        }
    }
}
