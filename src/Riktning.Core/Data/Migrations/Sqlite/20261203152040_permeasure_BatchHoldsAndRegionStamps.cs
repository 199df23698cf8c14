using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class permeasure_BatchHoldsAndRegionStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "StoredAtUtc",
                table: "regions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "StoredAtUtc",
                table: "region_changes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Holds",
                table: "import_batches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LatestPeriod",
                table: "import_batches",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // What each batch holds now and the newest period it wrote, from the values that name it and the values a
            // later batch replaced (which an undo gives back to it): one pass over the observations, as the data status
            // counted them before, and never again after this.
            migrationBuilder.Sql(
                """
                UPDATE import_batches SET "Holds" = c.n, "LatestPeriod" = c.latest
                FROM (SELECT "BatchId" AS id, COUNT(*) AS n, MAX("Period") AS latest FROM observations GROUP BY "BatchId") AS c
                WHERE import_batches."Id" = c.id;
                """);
            migrationBuilder.Sql(
                """
                UPDATE import_batches SET "LatestPeriod" = CASE WHEN "LatestPeriod" IS NULL OR c.latest > "LatestPeriod" THEN c.latest ELSE "LatestPeriod" END
                FROM (SELECT "PreviousBatchId" AS id, MAX("Period") AS latest FROM replaced_observations GROUP BY "PreviousBatchId") AS c
                WHERE import_batches."Id" = c.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StoredAtUtc",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "StoredAtUtc",
                table: "region_changes");

            migrationBuilder.DropColumn(
                name: "Holds",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "LatestPeriod",
                table: "import_batches");
        }
    }
}
