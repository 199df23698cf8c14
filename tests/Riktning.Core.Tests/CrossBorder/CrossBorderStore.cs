using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Riktning.CrossBorder;
using Riktning.Data;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>A fresh database with the bundled regions, organisations and both definitions: what the registry validates against.</summary>
public sealed class CrossBorderStore : IAsyncDisposable
{
    private CrossBorderStore(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<CrossBorderStore> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        await new OrganisationRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Organisations, "*.csv"));
        var loader = new StrategyLoader(db, TimeProvider.System, UnreadStoreVersions.Create(), NullLogger<StrategyLoader>.Instance);
        await loader.LoadFileAsync(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml"));
        await loader.LoadFileAsync(RepositoryPaths.Strategies("norge-samarbete.yaml"));
        return new CrossBorderStore(database);
    }

    public static CrossBorderRegistry Registry(RiktningDb db) =>
        new(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions())), Options.Create(new RiktningOptions()));

    public static ProjectImporter Importer(RiktningDb db) => new(db, Registry(db));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
