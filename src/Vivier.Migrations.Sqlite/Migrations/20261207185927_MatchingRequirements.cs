using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchingRequirements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "min_years_of_experience",
                table: "missions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector_codes",
                table: "missions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "skills",
                table: "missions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "valued_country_codes",
                table: "missions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "valued_regions",
                table: "missions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "weights",
                table: "missions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "french_public_employer_since",
                table: "candidate_profiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "eligibility_rules",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    condition = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "skill_synonyms",
                columns: table => new
                {
                    term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    canonical = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_synonyms", x => x.term);
                });

            migrationBuilder.InsertData(
                table: "eligibility_rules",
                columns: new[] { "id", "condition", "kind", "value" },
                values: new object[,]
                {
                    { 1, "Nationality", "END", "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH" },
                    { 2, "FrenchPublicEmployer", "END", "12" },
                    { 3, "MinimumExperience", "END", "3" },
                    { 4, "MinimumExperience", "ETI", "3" },
                    { 5, "Nationality", "AT", "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH" }
                });

            migrationBuilder.InsertData(
                table: "skill_synonyms",
                columns: new[] { "term", "canonical" },
                values: new object[,]
                {
                    { "artificial intelligence", "intelligence artificielle" },
                    { "carbon market", "marche carbone" },
                    { "climate finance", "finance climat" },
                    { "creative industrie", "industrie culturelle creative" },
                    { "cyber securite", "cybersecurite" },
                    { "cybersecurity", "cybersecurite" },
                    { "gestion finance publique", "finance publique" },
                    { "gfp", "finance publique" },
                    { "ia", "intelligence artificielle" },
                    { "industrie creative", "industrie culturelle creative" },
                    { "marche public", "commande publique" },
                    { "passation marche", "commande publique" },
                    { "pilotage projet", "gestion projet" },
                    { "politique spatiale", "spatial" },
                    { "project management", "gestion projet" },
                    { "public financial management", "finance publique" },
                    { "public procurement", "commande publique" },
                    { "reforme fiscale", "fiscalite" },
                    { "securite informatique", "cybersecurite" },
                    { "securite systeme information", "cybersecurite" },
                    { "space policy", "spatial" },
                    { "statistic", "statistique" },
                    { "systeme echange quota", "marche carbone" },
                    { "tax policy", "fiscalite" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_rules_kind_condition",
                table: "eligibility_rules",
                columns: new[] { "kind", "condition" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eligibility_rules");

            migrationBuilder.DropTable(
                name: "skill_synonyms");

            migrationBuilder.DropColumn(
                name: "min_years_of_experience",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "sector_codes",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "skills",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "valued_country_codes",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "valued_regions",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "weights",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "french_public_employer_since",
                table: "candidate_profiles");
        }
    }
}
