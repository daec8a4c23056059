using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerOpenItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "LedgerEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastSettledOn",
                table: "LedgerEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OpenMinor",
                table: "LedgerEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Fill the new derived columns from the allocations: LedgerOpenItems.RebuildStatements as of this migration.
            migrationBuilder.Sql("""UPDATE "LedgerEntries" SET "OpenMinor" = "AmountMinor", "LastSettledOn" = NULL, "ClosedOn" = NULL""");
            migrationBuilder.Sql("""
                UPDATE "LedgerEntries" SET
                    "OpenMinor" = "AmountMinor" + moves.delta,
                    "LastSettledOn" = moves.last_on,
                    "ClosedOn" = CASE WHEN "AmountMinor" + moves.delta = 0 THEN moves.last_on END
                FROM (
                    SELECT entry_id, SUM(delta) AS delta, MAX(moved_on) AS last_on
                    FROM (
                        SELECT "DebitEntryId" AS entry_id, -"AmountMinor" AS delta, "Date" AS moved_on FROM "Allocations"
                        UNION ALL
                        SELECT "CreditEntryId", "AmountMinor", "Date" FROM "Allocations"
                    ) AS allocation_sides
                    GROUP BY entry_id
                ) AS moves
                WHERE "LedgerEntries"."Id" = moves.entry_id
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries",
                columns: new[] { "ClosedOn", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "LastSettledOn",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "OpenMinor",
                table: "LedgerEntries");
        }
    }
}
