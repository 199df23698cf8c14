using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder.Commuting;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>
/// Origin–destination commuting flows on SQLite and PostgreSQL: the plain layout, SSB's json-stat2 and the Nordic Statistics
/// database's PC-Axis (synthetic tables in the real formats, <see cref="CommutingTables"/>), a repeated import, a
/// destination outside the registry and SSB's series break at 2015.
/// </summary>
public sealed class CommutingImporterTests
{
    // Layout test rows (invented figures, not a source's): Eda → Eidskog and Årjäng → Halden by sex, Karlstad → Oslo.
    private const string Flows = """
        origin,destination,year,sex,persons
        SE-1730,NO-0420,2019,women,120
        SE-1730,NO-0420,2019,men,210
        SE-1765,NO-0101,2019,,95
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

        Assert.Equal((4, 0, 0), (first.Added, first.Changed, first.Unchanged));
        Assert.Equal((0, 0, 4), (second.Added, second.Changed, second.Unchanged));
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

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportFile_SsbJsonStat2_StoresFlowsBySexFlagsTheBreakAt2015AndASecondRunChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        var json = CommutingTables.SsbJsonStat2("13631", ["2014", "2015", "2016"]);

        var first = await ImportFileAsync(services, "ssb", null, json, "ssb-13631.json");
        var second = await ImportFileAsync(services, "ssb", null, json, "ssb-13631.json");

        Assert.Equal(("ssb-13631", 36, 0, 0), (first.Source, first.Added, first.Changed, first.Unchanged));
        Assert.Equal((0, 0, 36), (second.Added, second.Changed, second.Unchanged));
        await using var scope = services.CreateAsyncScope();
        var flows = await scope.ServiceProvider.GetRequiredService<RiktningDb>().CommutingFlows.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(758, flows.Where(f => f.Year == 2015 && f.Sex == "").Sum(f => f.Persons));
        Assert.Equal(101, flows.Single(f => f.OriginKey == "SE-1730" && f.DestinationKey == "NO-0420" && f.Year == 2015 && f.Sex == "men").Persons);
        Assert.Equal(51, flows.Single(f => f.OriginKey == "SE-1730" && f.DestinationKey == "NO-0420" && f.Year == 2015 && f.Sex == "women").Persons);
        Assert.Equal([2015], flows.Where(f => f.BreakInSeries).Select(f => f.Year).Distinct());
        Assert.Equal(12, flows.Count(f => f.BreakInSeries));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportFile_SsbDestinationOutsideTheRegistry_IsRefusedNamingFileRowAndCodeAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        var refused = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportFileAsync(services, "ssb", "13631", CommutingTables.SsbJsonStat2("13631", ["2014", "2015"], halden: "3480"), "13631.json"));

        Assert.Equal(
            "13631.json: row 7 (Bosted=1730, ArbstedKomm=3480, Kjonn=0, ContentsCode=Lonnstakere, Tid=2014): destination '3480' (NO-3480) is not a region of the registry; nothing was imported",
            refused.Message);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RiktningDb>().CommutingFlows.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_KommuneOutsideItsValidity_IsRefusedNamingFileRowAndCodeAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        // Kongsvinger is 0402 until 2019 and 3401 from 2020: a 2019 flow to 3401 goes to no kommune of that year.
        var csv = await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(services, Flows + "\nSE-1730,NO-3401,2019,,12"));
        // Eidskog's code of 2020–, 3416, in SSB's table for 2014.
        var json = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportFileAsync(services, "ssb", "13631", CommutingTables.SsbJsonStat2("13631", ["2014"], eidskog: "3416"), "13631.json"));

        Assert.Equal(
            "pendling.csv: line 6: destination 'NO-3401': kommune NO-3401 (Kongsvinger) has a figure for 2019, outside its validity period (2020-01-01–); nothing was imported",
            csv.Message);
        Assert.Equal(
            "13631.json: row 1 (Bosted=1730, ArbstedKomm=3416, Kjonn=0, ContentsCode=Lonnstakere, Tid=2014): destination '3416': kommune NO-3416 (Eidskog) has a figure for 2014, outside its validity period (2020-01-01–); nothing was imported",
            json.Message);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RiktningDb>().CommutingFlows.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportFile_NordicPcAxis_StoresCountyFlowsUnderTheTableIdTwiceTheSame(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        var first = await ImportFileAsync(services, "nordic", null, CommutingTables.NordicPx(), "COMM01.px");
        var second = await ImportFileAsync(services, "nordic", null, CommutingTables.NordicPx(), "COMM01.px");

        Assert.Equal(("nordic-comm01", 24, 0, 0), (first.Source, first.Added, first.Changed, first.Unchanged));
        Assert.Equal((0, 0, 24), (second.Added, second.Changed, second.Unchanged));
        await using var scope = services.CreateAsyncScope();
        var flows = await scope.ServiceProvider.GetRequiredService<RiktningDb>().CommutingFlows.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(300 + 333 + 366 + 399, flows.Where(f => f.Year == 2017 && f.Sex == "").Sum(f => f.Persons));
        Assert.Equal(366 + 11 + 7, flows.Single(f => f.OriginKey == "SE-14" && f.DestinationKey == "NO-04" && f.Year == 2018 && f.Sex == "men").Persons);
        Assert.DoesNotContain(flows, f => f.BreakInSeries);
    }

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static async Task<CommutingImportResult> ImportFileAsync(ServiceProvider services, string publisher, string? table, string text, string file) =>
        await ImportFileAsync(services, publisher, table, System.Text.Encoding.UTF8.GetBytes(text), file);

    private static async Task<CommutingImportResult> ImportFileAsync(ServiceProvider services, string publisher, string? table, byte[] bytes, string file)
    {
        await using var scope = services.CreateAsyncScope();
        using var stream = new MemoryStream(bytes);
        return await scope.ServiceProvider.GetRequiredService<CommutingImporter>().ImportFileAsync(publisher, table, stream, file, cancellationToken: TestContext.Current.CancellationToken);
    }

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
