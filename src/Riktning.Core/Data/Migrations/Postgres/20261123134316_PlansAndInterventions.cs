using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlansAndInterventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    GoalIds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interventions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PartnerIds = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Budget = table.Column<long>(type: "bigint", nullable: false),
                    Financing = table.Column<string>(type: "text", nullable: false),
                    GoalIds = table.Column<string>(type: "text", nullable: false),
                    IndicatorIds = table.Column<string>(type: "text", nullable: false),
                    CurrentState = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Activities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Effects = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GoalContribution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Perspectives = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interventions_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_Key",
                table: "interventions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_OrganisationId",
                table: "interventions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_PlanId",
                table: "interventions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_OrganisationId",
                table: "plans",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interventions");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
