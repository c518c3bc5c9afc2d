using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_filters",
                table: "missions",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Existing missions get their filter tokens (Vivier.Core.Search.SearchFilters, same order).
            migrationBuilder.Sql("""
                UPDATE missions SET search_filters =
                    'status' || lower(status) || ' kind' || lower(kind) || ' country' || lower(country_code)
                    || ' continent' || lower((SELECT continent FROM countries WHERE code = missions.country_code))
                    || coalesce((SELECT ' ' || string_agg('theme' || replace(theme_code, '-', ''), ' ') FROM mission_themes WHERE mission_id = missions.id), '')
                    || coalesce((SELECT ' ' || string_agg('sponsor' || replace(sponsor_id::text, '-', ''), ' ') FROM mission_sponsors WHERE mission_id = missions.id), '');
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_filters_vector",
                table: "missions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple', search_filters)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_missions_search_filters_vector",
                table: "missions",
                column: "search_filters_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_missions_search_filters_vector",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "search_filters_vector",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "search_filters",
                table: "missions");
        }
    }
}
