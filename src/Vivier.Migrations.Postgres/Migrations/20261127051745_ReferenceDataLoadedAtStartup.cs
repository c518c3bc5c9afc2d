using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Vivier.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceDataLoadedAtStartup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The reference rows stay where they are: only the model stops carrying them (EF Core
            // generated a DeleteData for each, removed here). ReferenceDataSync keeps them current.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
