using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

/// <summary>
/// `riktning refresh` of a measure bound to SSB through API v0: a local server replays SSB's real json-stat2 answer for
/// table 07221 (shared/data/ssb), whose region dimension holds the country and eleven of SSB's own price regions.
/// </summary>
public sealed class SsbRefreshTests : IAsyncLifetime
{
    private const string Strategy = """
        id: ssb-refresh-test
        kind: strategy
        title: Test
        owner: Test
        region: SE-17
        revision: {label: "1"}
        vision: Test
        focusAreas:
          - id: omrade
            name: Område
            strategicDirection: Riktning
            goals:
              - id: mal
                name: Mål
                indicators:
                  - id: boende
                    name: Boende
                    direction: increase
                    breakdowns: []
                    measures:
                      - id: boligprisindeks
                        name: Prisindeks för begagnade bostäder, Norge
                        unit: index
                        kind: index
                        source:
                          type: ssb
                          id: "07221"
                          selection: {Region: ["TOTAL", "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011"], Boligtype: ["01"], ContentsCode: [Boligindeks], Tid: ["*"]}
                          mapping: {region: Region, time: Tid, filters: {Boligtype: "01"}, regions: norwegian}
        """;

    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_SsbTable_OnePostImportsTheCountryAndNamesEachAggregateCodeWithItsReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database, Strategy);
        server.ServeFile("POST", "/ssb/07221", RepositoryPaths.SharedData("ssb", "ssb_v0_07221_boligprisindeks_jsonstat2.json"));

        var first = (await RefreshAsync(services))["boligprisindeks"];
        var second = (await RefreshAsync(services))["boligprisindeks"];

        Assert.True(first.Summary is { Added: 8 }, first.Error);
        Assert.Equal(1, first.Calls);
        Assert.Equal(0, second.Summary!.Added + second.Summary.Changed);
        Assert.Equal(2, server.Requests.Count);

        // The query is SSB's v0 json-stat2 POST: the definition's selection, "*" as filter "all".
        using var body = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("json-stat2", body.RootElement.GetProperty("response").GetProperty("format").GetString());
        var tid = body.RootElement.GetProperty("query").EnumerateArray().Single(q => q.GetProperty("code").GetString() == "Tid");
        Assert.Equal("all", tid.GetProperty("selection").GetProperty("filter").GetString());

        // Each of SSB's eleven price regions is left out by code, label and reason; none lands on a fylke.
        var leftOut = first.Summary!.Notes.Where(n => n.Contains("left out", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, leftOut.Count);
        Assert.Contains(leftOut, n => n.Contains("'001' (Oslo med Bærum)", StringComparison.Ordinal) && n.Contains("three-digit", StringComparison.Ordinal));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(["NO"], await db.ObservationSeries.Where(s => s.MeasureId == "boligprisindeks").Select(s => s.RegionKey).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(136.2, await (from o in db.Observations
                                   join s in db.ObservationSeries on o.SeriesId equals s.Id
                                   where s.MeasureId == "boligprisindeks" && o.Period == "2022K1"
                                   select o.Value).SingleAsync(TestContext.Current.CancellationToken));
        var batch = await db.ImportBatches.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("ssb", batch.Source);
        Assert.Equal("07221", batch.TableId);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_SsbCodeMappedByTheDefinition_LandsOnTheNamedRegion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Oslo med Bærum is not Oslo; a definition that nevertheless wants it on Oslo must say so, code by code.
        await using var services = await ServicesAsync(database, Strategy.Replace("regions: norwegian}", "regions: norwegian, regionCodes: {\"001\": NO-03, \"002\": \"-\"}}", StringComparison.Ordinal));
        server.ServeFile("POST", "/ssb/07221", RepositoryPaths.SharedData("ssb", "ssb_v0_07221_boligprisindeks_jsonstat2.json"));

        var outcome = (await RefreshAsync(services))["boligprisindeks"];

        Assert.True(outcome.Summary is { Added: 16 }, outcome.Error);
        Assert.Contains(outcome.Summary!.Notes, n => n.Contains("'002' (Stavanger) left out: left out by the definition", StringComparison.Ordinal));
        Assert.Equal(10, outcome.Summary.Notes.Count(n => n.Contains("left out", StringComparison.Ordinal)));
    }

    [Fact]
    public void BundledStrategy_SsbMeasures_DeclareSelectionAndNorwegianMapping()
    {
        var strategy = DefinitionReader.ReadFile(Path.Combine(RepositoryPaths.Root, "strategies", "varmlandsstrategin-2040.yaml")).Definition;
        var ssb = strategy.Measures.Where(m => m.Source.Type == SourceType.Ssb).ToList();

        Assert.Equal(["folkemengde-20-64-no", "hoyere-utdanning-no", "inntekt-etter-skatt-median-no", "sysselsatte-15-74-no"], ssb.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(ssb, m =>
        {
            Assert.NotEmpty(m.Source.Selection);
            Assert.Equal(RegionCodeSystem.Norwegian, ImportMapping.For(m).Regions);
            Assert.Null(m.Source.Api);
        });
    }

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private async Task<ServiceProvider> ServicesAsync(TestDatabase database, string strategy)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            .. database.Settings(),
            new("Riktning:Sources:Ssb:BaseUrl", server.Url("ssb/").ToString()),
            new("Riktning:Sources:Ssb:MaxAttempts", "1"),
            new("Riktning:Refresh:AllSwedishRegions", "false"),
        ]).Build();
        var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegionRegistry>().SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var parsed = DefinitionReader.Read(new StringReader(strategy), "ssb-refresh-test.yaml");
        await scope.ServiceProvider.GetRequiredService<StrategyLoader>().StoreAsync(parsed, "ssb-refresh-test.yaml");
        return services;
    }

    private static async Task<Dictionary<string, RefreshOutcome>> RefreshAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<StatisticsRefresher>()
            .RefreshAsync(cancellationToken: TestContext.Current.CancellationToken);
        return outcomes.ToDictionary(o => o.MeasureId);
    }
}
