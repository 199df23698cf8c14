using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegionChangesCommutingFlows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commuting_flows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OriginKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DestinationKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Persons = table.Column<double>(type: "REAL", nullable: false),
                    File = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commuting_flows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "region_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ToCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: true),
                    WeightSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commuting_flows_Source_OriginKey_DestinationKey_Year_Sex",
                table: "commuting_flows",
                columns: new[] { "Source", "OriginKey", "DestinationKey", "Year", "Sex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_region_changes_Country_Level_FromCode_ToCode_EffectiveFrom",
                table: "region_changes",
                columns: new[] { "Country", "Level", "FromCode", "ToCode", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commuting_flows");

            migrationBuilder.DropTable(
                name: "region_changes");
        }
    }
}
