using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MunicipalityClassifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "municipality_classifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality_classifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "municipality_groups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassificationId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_municipality_groups_municipality_classifications_Classifica~",
                        column: x => x.ClassificationId,
                        principalTable: "municipality_classifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "municipality_group_members",
                columns: table => new
                {
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    RegionKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClassificationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality_group_members", x => new { x.GroupId, x.RegionKey });
                    table.ForeignKey(
                        name: "FK_municipality_group_members_municipality_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "municipality_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_municipality_classifications_Key",
                table: "municipality_classifications",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_municipality_group_members_ClassificationId_RegionKey",
                table: "municipality_group_members",
                columns: new[] { "ClassificationId", "RegionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_municipality_groups_ClassificationId_Code",
                table: "municipality_groups",
                columns: new[] { "ClassificationId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "municipality_group_members");

            migrationBuilder.DropTable(
                name: "municipality_groups");

            migrationBuilder.DropTable(
                name: "municipality_classifications");
        }
    }
}
