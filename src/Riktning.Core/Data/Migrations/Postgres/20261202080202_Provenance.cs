using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Provenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_import_batches_MeasureId",
                table: "import_batches",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_replaced_observations_PreviousBatchId",
                table: "replaced_observations",
                column: "PreviousBatchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replaced_observations");

            migrationBuilder.DropIndex(
                name: "IX_import_batches_MeasureId",
                table: "import_batches");

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
        }
    }
}
