using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
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
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    nationalities = table.Column<List<string>>(type: "text[]", nullable: false),
                    residence_country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sector_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    theme_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    years_of_experience = table.Column<int>(type: "integer", nullable: true),
                    available_from = table.Column<DateOnly>(type: "date", nullable: true),
                    pitch = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    talent_pool_consent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cv_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cv_text_status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    cv_text = table.Column<string>(type: "text", nullable: true),
                    cv_text_problem = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                    countries_worked = table.Column<string>(type: "jsonb", nullable: true),
                    education = table.Column<string>(type: "jsonb", nullable: true),
                    employment = table.Column<string>(type: "jsonb", nullable: true),
                    languages = table.Column<string>(type: "jsonb", nullable: true)
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
