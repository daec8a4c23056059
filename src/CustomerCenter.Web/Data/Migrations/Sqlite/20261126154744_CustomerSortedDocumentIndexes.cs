using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerSortedDocumentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SalesDocuments_Kind_CustomerName_Date_Id",
                table: "SalesDocuments",
                columns: new[] { "Kind", "CustomerName", "Date", "Id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_SalesDocuments_Kind_Status_CustomerName_Date_Id",
                table: "SalesDocuments",
                columns: new[] { "Kind", "Status", "CustomerName", "Date", "Id" },
                descending: new[] { false, false, false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesDocuments_Kind_CustomerName_Date_Id",
                table: "SalesDocuments");

            migrationBuilder.DropIndex(
                name: "IX_SalesDocuments_Kind_Status_CustomerName_Date_Id",
                table: "SalesDocuments");
        }
    }
}
