using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder.Commuting;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>
/// A commuting table refreshed from a PxWeb API v1 source (the Nordic Statistics database, SSB's API v0) through
/// <see cref="RefreshCoordinator.RunCommutingAsync"/> and the source's transport, against the local replay server. No real
/// commuting response is in shared/data, so the server answers with <see cref="CommutingTables.SsbJsonStat2"/>: SYNTHETIC
/// figures in the json-stat2 shape of SSB's real v0 answer (shared/data/ssb/ssb_v0_07221_boligprisindeks_jsonstat2.json:
/// version, class, label, source, updated, id, size, dimension with category index and label, role, value, extension.px).
/// </summary>
public sealed class CommutingRefreshTests : IAsyncLifetime
{
    private const string NordicTable = "Labour market/Commuting/COMM01.px";

    private static readonly CommutingTableRequest Request = new(
        CommutingSources.Nordic,
        NordicTable,
        [new PxWebQueryItem("Bosted", PxWebSelection.Item("1730", "1765")), new PxWebQueryItem("Tid", PxWebSelection.All())]);

    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task RunCommuting_NordicTable_OnePostImportsTheFlowsAndARepeatChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        server.ServeText("POST", "/nordic/" + NordicTable, CommutingTables.SsbJsonStat2("COMM01", ["2018", "2019"]));
        var coordinator = services.GetRequiredService<RefreshCoordinator>();

        var first = await coordinator.RunCommutingAsync("test", Request, TestContext.Current.CancellationToken);
        var second = await coordinator.RunCommutingAsync("test", Request, TestContext.Current.CancellationToken);

        // 2 residences × 2 places of work × (both sexes, men, women) × 2 years.
        Assert.Equal(("nordic-comm01", 24, 0, 0), (first!.Source, first.Added, first.Changed, first.Unchanged));
        Assert.Equal((0, 0, 24), (second!.Added, second.Changed, second.Unchanged));
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("POST", r.Method));
        using var body = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("json-stat2", body.RootElement.GetProperty("response").GetProperty("format").GetString());
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(100 + 50, await db.CommutingFlows.Where(f => f.OriginKey == "SE-1730" && f.DestinationKey == "NO-0420" && f.Year == 2018 && f.Sex == "").Select(f => f.Persons).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("COMM01.px", await db.CommutingFlows.Select(f => f.File).Distinct().SingleAsync(TestContext.Current.CancellationToken));
        var runs = await coordinator.HistoryAsync(10, TestContext.Current.CancellationToken);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal((RefreshRunOutcome.Completed, 1, 0), (r.Outcome, r.Imported, r.Failed)));
        Assert.Equal("commuting nordic-comm01: 24 added, 0 changed, 0 unchanged", runs[^1].Note);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task RunCommuting_DestinationOutsideTheRegistry_IsRefusedNamingRowAndCodeAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        server.ServeText("POST", "/ssb/13631", CommutingTables.SsbJsonStat2("13631", ["2019"], halden: "3150"));
        var coordinator = services.GetRequiredService<RefreshCoordinator>();

        var refused = await Assert.ThrowsAsync<ImportFormatException>(() =>
            coordinator.RunCommutingAsync("test", Request with { Publisher = CommutingSources.Ssb, Table = "13631" }, TestContext.Current.CancellationToken));

        Assert.StartsWith("13631: row 4 (Bosted=1730, ArbstedKomm=3150, Kjonn=0, ContentsCode=Lonnstakere, Tid=2019): destination '3150' (NO-3150) is not a region of the registry", refused.Message, StringComparison.Ordinal);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(0, await db.CommutingFlows.CountAsync(TestContext.Current.CancellationToken));
        var run = Assert.Single(await coordinator.HistoryAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal((RefreshRunOutcome.Completed, 0, 1), (run.Outcome, run.Imported, run.Failed));
        Assert.Equal(refused.Message, run.Note);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task RunCommuting_KommuneOutsideItsValidity_IsRefusedLikeTheFileImport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);

        // Eidskog's code until 2019 (0420) with a figure for 2024.
        server.ServeText("POST", "/nordic/" + NordicTable, CommutingTables.SsbJsonStat2("COMM01", ["2024"]));

        var refused = await Assert.ThrowsAsync<ImportFormatException>(() =>
            services.GetRequiredService<RefreshCoordinator>().RunCommutingAsync("test", Request, TestContext.Current.CancellationToken));

        Assert.Contains("destination '0420': kommune NO-0420 (Eidskog) has a figure for 2024, outside its validity period", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Run_DefinitionDeclaresCommutingTables_TheWholeRefreshFetchesThemAndKeepsEachInItsHistory(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        var file = Path.Combine(Path.GetTempPath(), $"riktning-commuting-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            id: samarbete
            kind: cooperation
            title: Samarbete
            owner: Region
            revision: {label: "1"}
            commuting:
              - source: ssb
                table: "13631"
                selection: {Bosted: ["1730", "1765"], ArbstedKomm: ["*"], Kjonn: ["0", "1", "2"], ContentsCode: [Lonnstakere], Tid: ["top:2"]}
              - source: nordic
                table: Labour market/Commuting/COMM01.px
                selection: {region of residence: ["*"], time: ["*"]}
            """, TestContext.Current.CancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Riktning.Strategy.StrategyLoader>().LoadFileAsync(file, TestContext.Current.CancellationToken);
        }

        File.Delete(file);
        server.ServeText("POST", "/ssb/13631", CommutingTables.SsbJsonStat2("13631", ["2018", "2019"]));
        var coordinator = services.GetRequiredService<RefreshCoordinator>();

        // The Nordic table is not served (404): it fails alone, the SSB table is stored.
        var result = await coordinator.RunAsync("test", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.Empty(result.Outcomes);
        Assert.Equal(["ssb-13631", "nordic-comm01"], result.Commuting.Select(c => c.Key));
        Assert.Equal((24, 0, 0), (result.Commuting[0].Result!.Added, result.Commuting[0].Result!.Changed, result.Commuting[0].Result!.Unchanged));
        Assert.Null(result.Commuting[1].Result);
        Assert.NotNull(result.Commuting[1].Error);
        using var body = JsonDocument.Parse(server.Requests.First(r => r.Path == "/ssb/13631").Body);
        var query = body.RootElement.GetProperty("query").EnumerateArray().ToDictionary(q => q.GetProperty("code").GetString()!, q => q.GetProperty("selection"));
        Assert.Equal(("top", "2"), (query["Tid"].GetProperty("filter").GetString(), query["Tid"].GetProperty("values")[0].GetString()));
        Assert.Equal("all", query["ArbstedKomm"].GetProperty("filter").GetString());
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            Assert.Equal(24, await db.CommutingFlows.CountAsync(f => f.Source == "ssb-13631", TestContext.Current.CancellationToken));
        }

        var run = Assert.Single(await coordinator.HistoryAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal((RefreshRunOutcome.Completed, 2, 1, 1), (run.Outcome, run.Total, run.Imported, run.Failed));
        Assert.StartsWith("commuting ssb-13631: 24 added, 0 changed, 0 unchanged\ncommuting nordic-comm01: failed: ", run.Note, StringComparison.Ordinal);
        Assert.Contains("commuting:ssb-13631", run.CompletedMeasures, StringComparison.Ordinal);

        // A run of named measures leaves the commuting tables alone.
        var named = await coordinator.RunAsync("test", measureIds: [], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(named!.Commuting);
    }

    [Fact]
    public async Task RunCommuting_SelectionAboveTheNordicCellLimit_IsRefusedBeforeAnyCall()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = await ServicesAsync(database);
        var codes = Enumerable.Range(0, 1_001).Select(i => i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var refused = await Assert.ThrowsAsync<ImportFormatException>(() => services.GetRequiredService<RefreshCoordinator>().RunCommutingAsync(
            "test", Request with { Selection = [new PxWebQueryItem("Bosted", PxWebSelection.Item(codes))] }, TestContext.Current.CancellationToken));

        Assert.Contains("asks for 1001 values; the source answers at most 1000 per call", refused.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void NordicSource_Defaults_KeepToTenCallsPerTenSeconds()
    {
        var nordic = new StatisticsSourceOptions().For(StatisticsSourceOptions.NordicName);

        Assert.Equal((10, TimeSpan.FromSeconds(10)), (nordic.MaxCallsPerTimeWindow, nordic.TimeWindow));
        Assert.Equal("https://pxweb.nordicstatistics.org/api/v1/en/Nordic%20Statistics/", nordic.BaseUri().AbsoluteUri);
    }

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private async Task<ServiceProvider> ServicesAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            .. database.Settings(),
            new("Riktning:Sources:Nordic:BaseUrl", server.Url("nordic/").ToString()),
            new("Riktning:Sources:Nordic:MaxAttempts", "1"),
            new("Riktning:Sources:Ssb:BaseUrl", server.Url("ssb/").ToString()),
            new("Riktning:Sources:Ssb:MaxAttempts", "1"),
        ]).Build();
        var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegionRegistry>().SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        return services;
    }
}
