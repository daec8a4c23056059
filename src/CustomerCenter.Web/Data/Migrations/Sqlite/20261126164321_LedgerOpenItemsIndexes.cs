using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerOpenItemsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries",
                columns: new[] { "ClosedOn", "Date" },
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Open",
                table: "LedgerEntries",
                columns: new[] { "CustomerId", "Currency", "Date", "DueDate", "AmountMinor", "OpenMinor", "LastSettledOn" },
                filter: "\"ClosedOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Open",
                table: "LedgerEntries");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ClosedOn_Date",
                table: "LedgerEntries",
                columns: new[] { "ClosedOn", "Date" });
        }
    }
}
