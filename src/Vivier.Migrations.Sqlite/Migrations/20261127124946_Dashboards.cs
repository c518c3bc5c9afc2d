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
            migrationBuilder.AddColumn<int>(
                name: "sent_applications",
                table: "missions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "applicant_gender",
                table: "applications",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "furthest_stage",
                table: "applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "funnel_counts",
                columns: table => new
                {
                    mission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funnel_counts", x => new { x.mission_id, x.stage, x.gender });
                    table.ForeignKey(
                        name: "fk_funnel_counts_missions_mission_id",
                        column: x => x.mission_id,
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_candidate_profiles_person_id_gender",
                table: "candidate_profiles",
                columns: new[] { "person_id", "gender" });

            // Applications sent before these columns existed: the furthest funnel stage their history entered,
            // the gender their applicant declares now (the nearest to "when applying" there is), and the counts.
            migrationBuilder.Sql("""
                UPDATE applications SET furthest_stage = (
                    SELECT e.to_stage FROM application_events e JOIN pipeline_stages s ON s.key = e.to_stage
                    WHERE e.application_id = applications.id AND NOT (s.is_final AND s.key <> 'hired')
                    ORDER BY s.position DESC LIMIT 1)
                WHERE stage_key IS NOT NULL
                """);
            migrationBuilder.Sql("""
                UPDATE applications SET applicant_gender = (SELECT p.gender FROM candidate_profiles p WHERE p.person_id = applications.person_id)
                WHERE stage_key IS NOT NULL
                """);
            migrationBuilder.Sql("""
                INSERT INTO funnel_counts (mission_id, stage, gender, count)
                SELECT mission_id, furthest_stage, COALESCE(applicant_gender, ''), COUNT(*) FROM applications
                WHERE furthest_stage IS NOT NULL GROUP BY mission_id, furthest_stage, COALESCE(applicant_gender, '')
                """);
            migrationBuilder.Sql("""
                UPDATE missions SET sent_applications = (SELECT COUNT(*) FROM applications a WHERE a.mission_id = missions.id AND a.furthest_stage IS NOT NULL)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funnel_counts");

            migrationBuilder.DropIndex(
                name: "ix_candidate_profiles_person_id_gender",
                table: "candidate_profiles");

            migrationBuilder.DropColumn(
                name: "sent_applications",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "applicant_gender",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "furthest_stage",
                table: "applications");
        }
    }
}
