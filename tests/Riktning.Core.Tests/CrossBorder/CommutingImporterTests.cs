using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder.Commuting;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>Origin–destination commuting flows: import, a repeated import, and a destination outside the registry, on SQLite and PostgreSQL.</summary>
public sealed class CommutingImporterTests
{
    // Layout test rows (invented figures, not a source's): Eda → Eidskog and Årjäng → Halden by sex, Karlstad → Oslo.
    private const string Flows = """
        origin,destination,year,sex,persons
        SE-1730,NO-3416,2019,women,120
        SE-1730,NO-3416,2019,men,210
        SE-1765,NO-3101,2019,,95
        SE-1780,NO-03,2019,,400
        """;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_Flows_StoresEachOnceAndASecondRunChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        var first = await ImportAsync(services, Flows);
        var second = await ImportAsync(services, Flows);

        Assert.Equal(new CommutingImportResult("test-source", 4, 0, 0), first);
        Assert.Equal(new CommutingImportResult("test-source", 0, 0, 4), second);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(330, await db.CommutingFlows.Where(f => f.OriginKey == "SE-1730").SumAsync(f => f.Persons, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_DestinationOutsideTheRegistry_IsRefusedNamingFileLineAndCodeAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        var refused = await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(services, Flows + "\nSE-1780,NO-9999,2019,,5"));

        Assert.Equal("pendling.csv: line 6: destination 'NO-9999' is not a region of the registry; nothing was imported", refused.Message);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RiktningDb>().CommutingFlows.CountAsync(TestContext.Current.CancellationToken));
    }

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static async Task<CommutingImportResult> ImportAsync(ServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommutingImporter>().ImportAsync("test-source", new StringReader(text), "pendling.csv", TestContext.Current.CancellationToken);
    }

    private static async Task<ServiceProvider> ServicesAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegionRegistry>().SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        return services;
    }
}
