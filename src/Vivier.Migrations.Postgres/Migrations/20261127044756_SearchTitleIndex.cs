using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Relevance ranks title matches first: that test needs its own index too.
            migrationBuilder.Sql("CREATE INDEX ix_missions_search_title_vector ON missions USING GIN (search_title_vector);");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_missions_search_title_vector;");

        }
    }
}
