using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Data;

/// <summary>What moves the store version as <see cref="StoreVersionMonitor"/> reads it: the global parts and each measure's batches.</summary>
public sealed class StoreVersionMonitorTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task CurrentAsync_RegionLoadThatRenamesARegionOrAddsAChange_MovesTheVersionAndARepeatDoesNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new RegionRegistry(db);
        var files = Directory.GetFiles(RepositoryPaths.Regions, "*.csv");
        await registry.SyncAsync(files, Ct);
        await using var services = database.CreateServices();
        var monitor = services.GetRequiredService<StoreVersionMonitor>();
        var loaded = await ReadAsync(monitor);

        await registry.SyncAsync(files, Ct);
        var repeated = await ReadAsync(monitor);
        var regions = await registry.ListAsync("SE", cancellationToken: Ct);
        var renamed = regions.Select(r => TestRegions.Renamed(r, r.Key == "SE-1780" ? "Karlstads kommun (renamed)" : r.Name)).ToList();
        await registry.SyncAsync(renamed, Ct);
        var afterRename = await ReadAsync(monitor);

        Assert.Equal(loaded, repeated);
        Assert.NotEqual(repeated, afterRename);
        Assert.True(afterRename.LatestRegions > repeated.LatestRegions);
        // Only the region part moved: nothing else was written.
        Assert.Equal(repeated with { LatestRegions = afterRename.LatestRegions }, afterRename);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task CurrentAsync_ImportAndUndo_MoveTheirMeasuresVersionOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"), Ct);
        var importer = TestImporters.Importer(db, database);
        var origin = new ImportOrigin("csv", null, "version-test.csv");
        await importer.ImportAsync("m1", origin, [new("SE-17", "2023", "", 1, ValueStatus.Present)], Ct);
        await importer.ImportAsync("m2", origin, [new("SE-17", "2023", "", 2, ValueStatus.Present)], Ct);
        await using var services = database.CreateServices();
        var monitor = services.GetRequiredService<StoreVersionMonitor>();
        var before = await ReadAsync(monitor);

        var changed = await importer.ImportAsync("m2", origin, [new("SE-17", "2023", "", 3, ValueStatus.Present)], Ct);
        var afterImport = await ReadAsync(monitor);
        await TestImporters.History(db).UndoAsync(changed.BatchId!.Value, Ct);
        var afterUndo = await ReadAsync(monitor);

        Assert.NotEqual(before, afterImport);
        Assert.Equal(before.ForMeasures(["m1"]), afterImport.ForMeasures(["m1"]));
        Assert.NotEqual(before.ForMeasures(["m2"]), afterImport.ForMeasures(["m2"]));
        Assert.NotEqual(afterImport.ForMeasures(["m1", "m2"]), afterUndo.ForMeasures(["m1", "m2"]));
        Assert.Equal(afterImport.ForMeasures(["m1"]), afterUndo.ForMeasures(["m1"]));
        Assert.Equal(["m2"], afterUndo.MeasuresChangedSince(before));
    }

    private static async Task<StoreVersion> ReadAsync(StoreVersionMonitor monitor)
    {
        monitor.Invalidate();
        return await monitor.CurrentAsync(Ct);
    }
}
