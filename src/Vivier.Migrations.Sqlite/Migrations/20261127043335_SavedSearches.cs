using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SavedSearches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_searches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    frequency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_sent_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    unsubscribe_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_searches", x => x.id);
                    table.ForeignKey(
                        name: "fk_saved_searches_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_saved_searches_person_id",
                table: "saved_searches",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_saved_searches_unsubscribe_token",
                table: "saved_searches",
                column: "unsubscribe_token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "saved_searches");
        }
    }
}
