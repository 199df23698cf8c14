using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Tests.Commands;

namespace Riktning.Web.Tests.Operations;

/// <summary>
/// EF Core warns that a SQLite migration which rebuilds a table runs <c>PRAGMA foreign_keys</c> outside its transaction.
/// The pragma is a setting of the connection, not of the file, and the rebuild with its history row is one transaction;
/// so a process killed half-way leaves the previous schema and data, and the next start finishes the migration. The
/// killed process also leaves EF Core's migration mark (<c>__EFMigrationsLock</c>) behind, which the next start clears
/// because it migrates under a file lock that the dead process no longer holds.
/// </summary>
public sealed class MigrationCrashTests
{
    /// <summary>The last migration before the one that rebuilds the observations table (dropping its foreign keys).</summary>
    private const string Before = "20261123110717_Observations";

    private const string Rebuild = "20261123113830_ObservationsWithoutForeignKeys";

    private const int Series = 100;

    private const int Periods = 5_000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SqliteMigrationKilledMidRebuild_LeavesTheStoreConsistent_AndTheNextStartCompletesIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            // Back to the schema before the rebuild, with half a million observations: five times the copy of
            // before, so the kill lands inside it even when a loaded machine delays this process.
            await db.GetService<IMigrator>().MigrateAsync(Before, Cancel);
            await db.Database.ExecuteSqlRawAsync(
                $"""
                INSERT INTO import_batches (Source, Location, RetrievedAtUtc, Added, Changed, Unchanged) VALUES ('test', 'migration kill test', '2026-01-01 00:00:00', 0, 0, 0);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Series})
                INSERT INTO observation_series (MeasureId, RegionKey, Breakdown) SELECT 'm', 'SE-' || i, '' FROM n;
                WITH RECURSIVE p(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM p WHERE j < {Periods})
                INSERT INTO observations (SeriesId, Period, Value, Status, BatchId) SELECT s.Id, CAST(p.j AS TEXT), p.j * 0.5, 0, 1 FROM observation_series s CROSS JOIN p;
                """, Cancel);
        }

        SqliteConnection.ClearAllPools();
        using var process = CommandRunner.Start(database, Path.GetTempPath(), [new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations", "Information")], "db", "migrate");
        _ = process.StandardOutput.ReadToEndAsync(Cancel);
        while (await process.StandardError.ReadLineAsync(Cancel) is { } line)
        {
            if (line.Contains($"Applying migration '{Rebuild}'", StringComparison.Ordinal))
            {
                // Into the rebuild's copy, before its commit.
                await Task.Delay(20, Cancel);
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync(Cancel);
        Assert.NotEqual(0, process.ExitCode);

        await using (var db = database.CreateContext())
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(Cancel)).ToList();
            Assert.Equal(Before, applied[^1]);
            await AssertConsistentAsync(db);
        }

        SqliteConnection.ClearAllPools();
        var again = await CommandRunner.RunAsync(database, Path.GetTempPath(), "db", "migrate");

        Assert.Equal(0, again.ExitCode);
        await using (var db = database.CreateContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancel));
            await AssertConsistentAsync(db);
        }
    }

    private static async Task AssertConsistentAsync(RiktningDb db)
    {
        Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").ToListAsync(Cancel));
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM pragma_foreign_key_check").SingleAsync(Cancel));
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name LIKE 'ef_temp_%'").SingleAsync(Cancel));
        Assert.Equal(Series * Periods, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM observations").SingleAsync(Cancel));
    }
}
