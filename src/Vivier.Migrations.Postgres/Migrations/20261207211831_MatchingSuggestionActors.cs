using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MatchingSuggestionActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_match_invitations_by_person_id",
                table: "match_invitations",
                column: "by_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_dismissals_by_person_id",
                table: "match_dismissals",
                column: "by_person_id");

            migrationBuilder.AddForeignKey(
                name: "fk_match_dismissals_people_by_person_id",
                table: "match_dismissals",
                column: "by_person_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_match_invitations_people_by_person_id",
                table: "match_invitations",
                column: "by_person_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_match_dismissals_people_by_person_id",
                table: "match_dismissals");

            migrationBuilder.DropForeignKey(
                name: "fk_match_invitations_people_by_person_id",
                table: "match_invitations");

            migrationBuilder.DropIndex(
                name: "ix_match_invitations_by_person_id",
                table: "match_invitations");

            migrationBuilder.DropIndex(
                name: "ix_match_dismissals_by_person_id",
                table: "match_dismissals");
        }
    }
}
