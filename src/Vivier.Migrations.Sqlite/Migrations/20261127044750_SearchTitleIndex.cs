using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing on SQLite: its FTS5 table already indexes the title column (see the Missions migration).

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
