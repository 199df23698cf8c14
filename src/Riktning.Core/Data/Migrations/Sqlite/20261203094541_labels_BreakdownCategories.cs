using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class labels_BreakdownCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "breakdown_categories",
                columns: table => new
                {
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Breakdown = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breakdown_categories", x => new { x.MeasureId, x.Breakdown, x.Code, x.Language });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breakdown_categories");
        }
    }
}
