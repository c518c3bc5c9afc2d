using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    done_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_person_id",
                table: "data_requests",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_token_hash",
                table: "data_requests",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_requests");
        }
    }
}
