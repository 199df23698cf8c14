using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OriginKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DestinationKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Persons = table.Column<double>(type: "double precision", nullable: false),
                    File = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commuting_flows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "region_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ToCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: true),
                    WeightSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
