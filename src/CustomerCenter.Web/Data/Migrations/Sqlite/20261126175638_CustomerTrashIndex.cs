using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerTrashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_TrashedAt_NameNormalized",
                table: "Customers");

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
                name: "IX_Customers_Trashed_NameNormalized",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TrashedAt_NameNormalized",
                table: "Customers",
                columns: new[] { "TrashedAt", "NameNormalized" });
        }
    }
}
