using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vivier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "birth_date",
                table: "registrations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "country_code",
                table: "registrations",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "in_directory",
                table: "registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "nationality",
                table: "registrations",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organisation",
                table: "registrations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "passport_number",
                table: "registrations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector_code",
                table: "registrations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "visa_letter_requested",
                table: "registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "meeting_minutes",
                table: "events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "meeting_tables",
                table: "events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "signatory_name",
                table: "events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signatory_title",
                table: "events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "check_ins",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    place = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    checked_in_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_ins", x => new { x.event_id, x.place, x.person_id });
                    table.ForeignKey(
                        name: "fk_check_ins_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_check_ins_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject = table.Column<Guid>(type: "TEXT", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_answers_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_receipts",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_receipts", x => new { x.event_id, x.subject, x.person_id });
                    table.ForeignKey(
                        name: "fk_feedback_receipts_asp_net_users_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_feedback_receipts_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    to_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    start = table.Column<DateTime>(type: "TEXT", nullable: true),
                    end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    table = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_asp_net_users_from_id",
                        column: x => x.from_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meetings_asp_net_users_to_id",
                        column: x => x.to_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meetings_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "networking_windows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_networking_windows", x => x.id);
                    table.ForeignKey(
                        name: "fk_networking_windows_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_check_ins_person_id_event_id",
                table: "check_ins",
                columns: new[] { "person_id", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_answers_event_id_subject",
                table: "feedback_answers",
                columns: new[] { "event_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_receipts_person_id",
                table: "feedback_receipts",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_event_id_status",
                table: "meetings",
                columns: new[] { "event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_from_id_event_id",
                table: "meetings",
                columns: new[] { "from_id", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_to_id_event_id",
                table: "meetings",
                columns: new[] { "to_id", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_networking_windows_event_id_start",
                table: "networking_windows",
                columns: new[] { "event_id", "start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_ins");

            migrationBuilder.DropTable(
                name: "feedback_answers");

            migrationBuilder.DropTable(
                name: "feedback_receipts");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "networking_windows");

            migrationBuilder.DropColumn(
                name: "birth_date",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "country_code",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "in_directory",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "nationality",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "organisation",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "passport_number",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "sector_code",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "visa_letter_requested",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "meeting_minutes",
                table: "events");

            migrationBuilder.DropColumn(
                name: "meeting_tables",
                table: "events");

            migrationBuilder.DropColumn(
                name: "signatory_name",
                table: "events");

            migrationBuilder.DropColumn(
                name: "signatory_title",
                table: "events");
        }
    }
}
