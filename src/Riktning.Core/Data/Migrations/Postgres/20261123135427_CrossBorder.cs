using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CrossBorder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cooperation_agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartyKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperation_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperation_agreements_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cross_border_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PartnerKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    SwedishPartnerNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    NorwegianPartnerNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    Regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    BudgetAmount = table.Column<long>(type: "bigint", nullable: true),
                    BudgetCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CooperationAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    BusinessAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    Recommendations = table.Column<List<string>>(type: "text[]", nullable: false),
                    Goals = table.Column<List<string>>(type: "text[]", nullable: false),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cross_border_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cross_border_projects_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    CooperationAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_knowledge_items_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cross_border_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cross_border_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cross_border_activities_cross_border_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "cross_border_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_cross_border_activities_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperation_agreements_OrganisationId",
                table: "cooperation_agreements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_cross_border_activities_OrganisationId",
                table: "cross_border_activities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_cross_border_activities_ProjectId",
                table: "cross_border_activities",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_cross_border_projects_Key",
                table: "cross_border_projects",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cross_border_projects_OrganisationId",
                table: "cross_border_projects",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_items_OrganisationId",
                table: "knowledge_items",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cooperation_agreements");

            migrationBuilder.DropTable(
                name: "cross_border_activities");

            migrationBuilder.DropTable(
                name: "knowledge_items");

            migrationBuilder.DropTable(
                name: "cross_border_projects");
        }
    }
}
