using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Core.Tests.Regions;

public sealed class BoundaryImporterTests
{
    private static readonly string Municipalities = RepositoryPaths.SharedData("geo", "se_kommuner_290.geojson");

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_SwedishMunicipalities_StoresOneSimplifiedBoundaryEachAndSecondImportChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var importer = new BoundaryImporter(db, UnreadStoreVersions.Create(), TimeProvider.System);

        var first = await importer.ImportAsync(Municipalities, "SE", "id", cancellationToken: TestContext.Current.CancellationToken);
        var second = await importer.ImportAsync(Municipalities, "SE", "id", cancellationToken: TestContext.Current.CancellationToken);
        var varmland = await importer.FindAsync(["SE-1780", "SE-1737", "SE-17"], TestContext.Current.CancellationToken);

        Assert.Equal(ImportResult.Counted(290, 0, 0), first);
        Assert.Equal(ImportResult.Counted(0, 0, 290), second);
        Assert.Equal(["SE-1737", "SE-1780"], varmland.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("[[[[", varmland["SE-1780"].Coordinates, StringComparison.Ordinal);
        Assert.Equal("se_kommuner_290.geojson", varmland["SE-1780"].SourceFile);
        // Karlstad lies between 13° and 15° E, around 59.4° N; three decimals at most.
        Assert.Matches("^\\[\\[\\[\\[1[34]\\.\\d{1,3},59\\.\\d{1,3}\\]", varmland["SE-1780"].Coordinates);
        // The label point, found at import, lies inside Karlstad.
        Assert.InRange(varmland["SE-1780"].LabelLon!.Value, 13, 15);
        Assert.InRange(varmland["SE-1780"].LabelLat!.Value, 59, 60);
        var total = await db.RegionBoundaries.SumAsync(b => (long)b.Coordinates.Length, TestContext.Current.CancellationToken);
        Assert.InRange(total, 50_000, 600_000);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_KartverketKommunerAndFylker2024_EveryFeaturePlaced(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var importer = new BoundaryImporter(db, UnreadStoreVersions.Create(), TimeProvider.System);

        var kommuner = await importer.ImportAsync(RepositoryPaths.SharedData("geo", "no_kommuner_2024_S.geojson"), "NO", "kommunenummer", cancellationToken: TestContext.Current.CancellationToken);
        var fylker = await importer.ImportAsync(RepositoryPaths.SharedData("geo", "no_fylker_2024_S.geojson"), "NO", "fylkesnummer", cancellationToken: TestContext.Current.CancellationToken);
        var border = await importer.FindAsync(["NO-3401", "NO-31", "NO-32", "NO-33", "NO-34"], TestContext.Current.CancellationToken);

        Assert.Equal((357, 0, 0), (kommuner.Added, kommuner.Changed, kommuner.Unchanged));
        Assert.Equal((15, 0, 0), (fylker.Added, fylker.Changed, fylker.Unchanged));
        Assert.Equal(5, border.Count);
        Assert.InRange(border["NO-3401"].LabelLon!.Value, 11, 13);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        var good = """{"type":"Feature","properties":{"id":"1780"},"geometry":{"type":"Polygon","coordinates":[[[13.4,59.3],[13.6,59.3],[13.6,59.5],[13.4,59.3]]]}}""";
        (string Json, string Property, string Message)[] cases =
        [
            ("{\"type\":\"FeatureCollection\",\"features\":[" + good + ",", "id", "bad.geojson: not valid JSON (line 1, "),
            ("{\"type\":\"Topology\",\"objects\":{}}", "id", "bad.geojson: not a GeoJSON FeatureCollection (expected \"type\": \"FeatureCollection\" and a \"features\" array)"),
            ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + good.Replace("\"id\":\"1780\"", "\"name\":\"Kil\"", StringComparison.Ordinal) + "]}", "id", "bad.geojson: feature 1: property 'id' is missing"),
            ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "]}", "kommunkod", "bad.geojson: feature 0: property 'kommunkod' is missing"),
            ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + good.Replace("1780", "1799", StringComparison.Ordinal) + "]}", "id", "bad.geojson: feature 1: property 'id': '1799' is not a county or municipality code of SE in the region registry"),
            ("{\"type\":\"FeatureCollection\",\"features\":[" + good.Replace("Polygon", "Point", StringComparison.Ordinal) + "]}", "id", "bad.geojson: feature 0: geometry.type 'Point' is not Polygon or MultiPolygon"),
        ];
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (json, property, message) in cases)
            {
                data.Add(provider, json, property, message);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFile_NamesFileFeatureAndPropertyAndStoresNothing(DatabaseProvider provider, string json, string codeProperty, string message)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var folder = Directory.CreateTempSubdirectory("riktning-boundaries-");
        var path = Path.Combine(folder.FullName, "bad.geojson");
        await File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);

        try
        {
            var exception = await Assert.ThrowsAsync<ImportFormatException>(() => new BoundaryImporter(db, UnreadStoreVersions.Create(), TimeProvider.System).ImportAsync(path, "SE", codeProperty, cancellationToken: TestContext.Current.CancellationToken));

            Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
            Assert.Equal(0, await db.RegionBoundaries.CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
