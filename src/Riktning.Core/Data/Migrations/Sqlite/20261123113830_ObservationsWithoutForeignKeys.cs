using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObservationsWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_observations_import_batches_BatchId",
                table: "observations");

            migrationBuilder.DropForeignKey(
                name: "FK_observations_observation_series_SeriesId",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "IX_observations_BatchId",
                table: "observations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_observations_BatchId",
                table: "observations",
                column: "BatchId");

            migrationBuilder.AddForeignKey(
                name: "FK_observations_import_batches_BatchId",
                table: "observations",
                column: "BatchId",
                principalTable: "import_batches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_observations_observation_series_SeriesId",
                table: "observations",
                column: "SeriesId",
                principalTable: "observation_series",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
