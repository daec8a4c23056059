using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerListIndexes : Migration
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
                name: "IX_Customers_TrashedAt_CreatedAt_Id",
                table: "Customers",
                columns: new[] { "TrashedAt", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TrashedAt_NameNormalized_Id",
                table: "Customers",
                columns: new[] { "TrashedAt", "NameNormalized", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_TrashedAt_CreatedAt_Id",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_TrashedAt_NameNormalized_Id",
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
