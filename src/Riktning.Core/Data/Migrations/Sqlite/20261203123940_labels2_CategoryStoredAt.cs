using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class labels2_CategoryStoredAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "StoredAtUtc",
                table: "breakdown_categories",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_breakdown_categories_StoredAtUtc",
                table: "breakdown_categories",
                column: "StoredAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_breakdown_categories_StoredAtUtc",
                table: "breakdown_categories");

            migrationBuilder.DropColumn(
                name: "StoredAtUtc",
                table: "breakdown_categories");
        }
    }
}
