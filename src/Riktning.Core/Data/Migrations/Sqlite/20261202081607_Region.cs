using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Region : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LabelLat",
                table: "region_boundaries",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LabelLon",
                table: "region_boundaries",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LabelLat",
                table: "region_boundaries");

            migrationBuilder.DropColumn(
                name: "LabelLon",
                table: "region_boundaries");
        }
    }
}
