using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CycleAnalysisProvenanceRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LabelLat",
                table: "region_boundaries",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LabelLon",
                table: "region_boundaries",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyForChangeIds",
                table: "plans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MissionIds",
                table: "plans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SmartSpecialisationIds",
                table: "plans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KeyForChangeIds",
                table: "interventions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MissionIds",
                table: "interventions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SmartSpecialisationIds",
                table: "interventions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Derived",
                table: "import_batches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ImportedBy",
                table: "import_batches",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeasureId",
                table: "import_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "import_batches",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUpdated",
                table: "import_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UndoneByBatchId",
                table: "import_batches",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "KeysForChange",
                table: "cross_border_projects",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "Missions",
                table: "cross_border_projects",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "SmartSpecialisations",
                table: "cross_border_projects",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "annual_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_targets_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "replaced_observations",
                columns: table => new
                {
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    SeriesId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    PreviousBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_replaced_observations", x => new { x.BatchId, x.SeriesId, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "situation_analyses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StrategyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comments = table.Column<string>(type: "text", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_situation_analyses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cycle_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    InvitedIds = table.Column<string>(type: "text", nullable: false),
                    PresentIds = table.Column<string>(type: "text", nullable: false),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cycle_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cycle_meetings_annual_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "annual_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "input_calls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AddresseeIds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_input_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_input_calls_annual_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "annual_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    InterventionId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_reports_annual_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "annual_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_progress_reports_interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_progress_reports_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_progress_reports_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_documents_cycle_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "cycle_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_outcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    FollowUpDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FollowUpStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FollowUpNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GoalIds = table.Column<string>(type: "text", nullable: false),
                    IndicatorIds = table.Column<string>(type: "text", nullable: false),
                    InterventionIds = table.Column<string>(type: "text", nullable: false),
                    CooperationAreaIds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_cycle_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "cycle_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "input_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_input_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_input_answers_input_calls_CallId",
                        column: x => x.CallId,
                        principalTable: "input_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_input_answers_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_document_files",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_document_files", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_meeting_document_files_meeting_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "meeting_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_import_batches_MeasureId",
                table: "import_batches",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_cycles_Year",
                table: "annual_cycles",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cycle_meetings_CycleId_Kind",
                table: "cycle_meetings",
                columns: new[] { "CycleId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_input_answers_CallId_OrganisationId",
                table: "input_answers",
                columns: new[] { "CallId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_input_answers_OrganisationId",
                table: "input_answers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_input_calls_CycleId",
                table: "input_calls",
                column: "CycleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_documents_MeetingId",
                table: "meeting_documents",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_outcomes_MeetingId",
                table: "meeting_outcomes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_outcomes_OwnerOrganisationId",
                table: "meeting_outcomes",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_targets_PlanId",
                table: "plan_targets",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_CycleId_InterventionId",
                table: "progress_reports",
                columns: new[] { "CycleId", "InterventionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_CycleId_PlanId",
                table: "progress_reports",
                columns: new[] { "CycleId", "PlanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_InterventionId",
                table: "progress_reports",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_OrganisationId",
                table: "progress_reports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PlanId",
                table: "progress_reports",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_replaced_observations_PreviousBatchId",
                table: "replaced_observations",
                column: "PreviousBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_situation_analyses_StrategyId_Year",
                table: "situation_analyses",
                columns: new[] { "StrategyId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "input_answers");

            migrationBuilder.DropTable(
                name: "meeting_document_files");

            migrationBuilder.DropTable(
                name: "meeting_outcomes");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "replaced_observations");

            migrationBuilder.DropTable(
                name: "situation_analyses");

            migrationBuilder.DropTable(
                name: "input_calls");

            migrationBuilder.DropTable(
                name: "meeting_documents");

            migrationBuilder.DropTable(
                name: "cycle_meetings");

            migrationBuilder.DropTable(
                name: "annual_cycles");

            migrationBuilder.DropIndex(
                name: "IX_import_batches_MeasureId",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "LabelLat",
                table: "region_boundaries");

            migrationBuilder.DropColumn(
                name: "LabelLon",
                table: "region_boundaries");

            migrationBuilder.DropColumn(
                name: "KeyForChangeIds",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "MissionIds",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "SmartSpecialisationIds",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "KeyForChangeIds",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "MissionIds",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "SmartSpecialisationIds",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "Derived",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "ImportedBy",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "MeasureId",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "SourceUpdated",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "UndoneByBatchId",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "KeysForChange",
                table: "cross_border_projects");

            migrationBuilder.DropColumn(
                name: "Missions",
                table: "cross_border_projects");

            migrationBuilder.DropColumn(
                name: "SmartSpecialisations",
                table: "cross_border_projects");
        }
    }
}
