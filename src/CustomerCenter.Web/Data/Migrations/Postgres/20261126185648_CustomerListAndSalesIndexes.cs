using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerListAndSalesIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_CreatedAt_Id",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_TrashedAt_NameNormalized",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_SalesDocuments_Sales",
                table: "SalesDocuments",
                columns: new[] { "Kind", "Date" })
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "CustomerId", "Currency", "SubtotalMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Id_Live",
                table: "Customers",
                column: "Id")
                .Annotation("Npgsql:IndexInclude", new[] { "TrashedAt", "NameNormalized" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Live_CreatedAt_Id",
                table: "Customers",
                columns: new[] { "CreatedAt", "Id" },
                filter: "\"TrashedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Live_NameNormalized_Id",
                table: "Customers",
                columns: new[] { "NameNormalized", "Id" },
                filter: "\"TrashedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Trashed_NameNormalized",
                table: "Customers",
                columns: new[] { "TrashedAt", "NameNormalized" },
                filter: "\"TrashedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesDocuments_Sales",
                table: "SalesDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Id_Live",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Live_CreatedAt_Id",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Live_NameNormalized_Id",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Trashed_NameNormalized",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CreatedAt_Id",
                table: "Customers",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TrashedAt_NameNormalized",
                table: "Customers",
                columns: new[] { "TrashedAt", "NameNormalized" });
        }
    }
}
