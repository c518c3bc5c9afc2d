using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RosterDaysBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Deployments already deployed or ended before the roster's days were stored count in the roster too
            // (a migration of its own: on SQLite the previous one rebuilds the table at its end).
            migrationBuilder.Sql("UPDATE deployments SET in_post_from = COALESCE(actual_start, planned_start), in_post_until = COALESCE(actual_end, planned_end) WHERE status IN ('Deployed', 'Ended') AND in_post_from IS NULL;");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
