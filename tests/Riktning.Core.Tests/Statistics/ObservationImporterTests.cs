using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

public sealed class ObservationImporterTests
{
    private static readonly ImportOrigin Origin = new("px-file", "BE0101N1", "pxweb_BE0101N1_population_county_en_ansi.px");

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_RealPxFile_StoresValuesAndSecondRunChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var rows = DatasetRows.From(DatasetRowsTests.CountyPopulation(), DatasetRowsTests.PopulationBySex).ToList();

        var first = await Importer(db, database).ImportAsync("befolkning", Origin, rows);
        var second = await Importer(db, database).ImportAsync("befolkning", Origin, rows);

        Assert.Equal(new ImportSummary("befolkning", first.BatchId, 84, 0, 0), first);
        Assert.Equal(new ImportSummary("befolkning", null, 0, 0, 84), second);
        Assert.Equal(1, await db.ImportBatches.CountAsync());
        Assert.Equal(137186, await ValueAsync(db, "SE-17", "sex=women", "2008"));
        Assert.Equal(42, await db.ObservationSeries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_OneValueRevised_CountsOneChangedAndMovesItToTheNewBatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var rows = DatasetRows.From(DatasetRowsTests.CountyPopulation(), DatasetRowsTests.PopulationBySex).ToList();
        var first = await Importer(db, database).ImportAsync("befolkning", Origin, rows);
        var index = rows.FindIndex(r => r is { RegionKey: "SE-17", Period: "2008", Breakdown: "sex=women" });
        rows[index] = rows[index] with { Value = 137200 };
        rows.Add(new ObservationRow("SE-17", "2009", "sex=women", null, ValueStatus.Missing));

        var second = await Importer(db, database).ImportAsync("befolkning", Origin, rows);

        Assert.Equal(1, second.Added);
        Assert.Equal(1, second.Changed);
        Assert.Equal(83, second.Unchanged);
        Assert.Equal(137200, await ValueAsync(db, "SE-17", "sex=women", "2008"));
        var missing = await db.Observations.SingleAsync(o => o.Period == "2009");
        Assert.Null(missing.Value);
        Assert.Equal(ValueStatus.Missing, missing.Status);
        Assert.Equal(second.BatchId, missing.BatchId);
        Assert.Equal(first.BatchId, (await db.Observations.FirstAsync(o => o.Period == "2007")).BatchId);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_DuplicateKey_RejectsAllAndLeavesStoreUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var rows = DatasetRows.From(DatasetRowsTests.CountyPopulation(), DatasetRowsTests.PopulationBySex).ToList();
        await Importer(db, database).ImportAsync("befolkning", Origin, rows);
        var bad = rows.Select(r => r with { Value = r.Value + 1 }).Append(rows[0] with { Value = 1 }).ToList();

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => Importer(db, database).ImportAsync("befolkning", Origin, bad));

        Assert.Contains("pxweb_BE0101N1_population_county_en_ansi.px", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.ImportBatches.CountAsync());
        Assert.Equal(137186, await ValueAsync(db, "SE-17", "sex=women", "2008"));
        Assert.Equal(84, await db.Observations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_DuplicateKeyInFirstImport_NamesTheRowAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var rows = DatasetRows.From(DatasetRowsTests.CountyPopulation(), DatasetRowsTests.PopulationBySex).ToList();
        // Past the first multi-row INSERT on SQLite, so the row must be found inside a batch.
        var bad = rows.Concat(rows.Select(r => r with { Period = r.Period + "M01" })).ToList();
        bad.Insert(150, rows[3]);

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => Importer(db, database).ImportAsync("befolkning", Origin, bad));

        Assert.Contains("nothing was imported", error.Message, StringComparison.Ordinal);
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("row 151 repeats region " + rows[3].RegionKey, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await db.Observations.CountAsync());
        Assert.Equal(0, await db.ObservationSeries.CountAsync());
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_UnknownSwedishRegion_RejectsAll(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        ObservationRow[] rows = [new("SE-1780", "2024", "", 1, ValueStatus.Present), new("SE-1799", "2024", "", 2, ValueStatus.Present)];

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => Importer(db, database).ImportAsync("befolkning", Origin, rows));

        Assert.Equal("pxweb_BE0101N1_population_county_en_ansi.px: 1 region code(s) not in the Swedish region registry: SE-1799; nothing was imported", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync());
    }

    private static ObservationImporter Importer(RiktningDb db, TestDatabase database) =>
        TestImporters.Importer(db, database);

    private static async Task<double?> ValueAsync(RiktningDb db, string region, string breakdown, string period) =>
        await (from o in db.Observations
               join s in db.ObservationSeries on o.SeriesId equals s.Id
               where s.RegionKey == region && s.Breakdown == breakdown && o.Period == period
               select o.Value).SingleAsync();
}
