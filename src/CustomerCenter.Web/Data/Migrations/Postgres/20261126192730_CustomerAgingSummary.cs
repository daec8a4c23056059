using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerCenter.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerAgingSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerAging",
                columns: table => new
                {
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AsOfDay = table.Column<int>(type: "integer", nullable: false),
                    CreditsMinor = table.Column<long>(type: "bigint", nullable: false),
                    CurrentMinor = table.Column<long>(type: "bigint", nullable: false),
                    Days1To30Minor = table.Column<long>(type: "bigint", nullable: false),
                    Days31To60Minor = table.Column<long>(type: "bigint", nullable: false),
                    Days61To90Minor = table.Column<long>(type: "bigint", nullable: false),
                    Over90Minor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAging", x => new { x.CustomerId, x.Currency });
                });

            migrationBuilder.CreateTable(
                name: "CustomerAgingDay",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AsOfDay = table.Column<int>(type: "integer", nullable: false),
                    RefreshedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAgingDay", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerAging");

            migrationBuilder.DropTable(
                name: "CustomerAgingDay");
        }
    }
}
