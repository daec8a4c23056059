using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SalesReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SalesDocuments_Sales",
                table: "SalesDocuments",
                columns: new[] { "Kind", "Date" })
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "CustomerId", "Currency", "SubtotalMinor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesDocuments_Sales",
                table: "SalesDocuments");
        }
    }
}
