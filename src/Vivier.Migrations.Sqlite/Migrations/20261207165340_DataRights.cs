using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "objects_to_suggestions_since",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "answer",
                table: "data_requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "done_by",
                table: "data_requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_status_received_at",
                table: "data_requests",
                columns: new[] { "status", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_data_requests_status_received_at",
                table: "data_requests");

            migrationBuilder.DropColumn(
                name: "objects_to_suggestions_since",
                table: "people");

            migrationBuilder.DropColumn(
                name: "answer",
                table: "data_requests");

            migrationBuilder.DropColumn(
                name: "done_by",
                table: "data_requests");
        }
    }
}
