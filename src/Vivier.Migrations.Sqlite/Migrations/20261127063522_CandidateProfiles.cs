using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CandidateProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidate_profiles",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    nationalities = table.Column<string>(type: "TEXT", nullable: false),
                    residence_country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    sector_codes = table.Column<string>(type: "TEXT", nullable: false),
                    theme_codes = table.Column<string>(type: "TEXT", nullable: false),
                    skills = table.Column<string>(type: "TEXT", nullable: false),
                    years_of_experience = table.Column<int>(type: "INTEGER", nullable: true),
                    available_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    pitch = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    talent_pool_consent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cv_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cv_text_status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    cv_text = table.Column<string>(type: "TEXT", nullable: true),
                    cv_text_problem = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                    countries_worked = table.Column<string>(type: "TEXT", nullable: true),
                    education = table.Column<string>(type: "TEXT", nullable: true),
                    employment = table.Column<string>(type: "TEXT", nullable: true),
                    languages = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_candidate_profiles", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_candidate_profiles_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_candidate_profiles_stored_files_cv_file_id",
                        column: x => x.cv_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_candidate_profiles_cv_file_id",
                table: "candidate_profiles",
                column: "cv_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_candidate_profiles_cv_text_status",
                table: "candidate_profiles",
                column: "cv_text_status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidate_profiles");
        }
    }
}
