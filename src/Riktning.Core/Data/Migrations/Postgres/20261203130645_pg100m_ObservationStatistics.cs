using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class pg100m_ObservationStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL only, no model change. ANALYZE's default sample (30 000 rows) sees few repeats of a series in a
            // large store whose values lie series by series, so it takes far fewer series than there are: at 100 M values
            // it estimated 54 576 series with 1 667 values each instead of 1 132 560 with 89. With that guess a query
            // for twenty regions read the whole series table in parallel workers instead of its index, and the open API
            // answered 7 requests/s (bench/README.md, the instances verb). A 300 000-row sample estimates 494 220 series
            // there, near enough for the index plans. ANALYZE makes it hold at once instead of at the next autovacuum.
            migrationBuilder.Sql("""ALTER TABLE observations ALTER COLUMN "SeriesId" SET STATISTICS 1000;""");
            migrationBuilder.Sql("ANALYZE observations;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE observations ALTER COLUMN "SeriesId" SET STATISTICS -1;""");
        }
    }
}
