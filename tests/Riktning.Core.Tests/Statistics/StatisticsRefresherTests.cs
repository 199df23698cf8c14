using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

/// <summary>`riktning refresh` end to end: a strategy, the real clients, a local server replaying SCB and Kolada, a real database.</summary>
public sealed class StatisticsRefresherTests : IAsyncLifetime
{
    private const string Strategy = """
        id: refresh-test
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
                  - id: befolkning
                    name: Befolkning
                    direction: increase
                    breakdowns: [sex, age]
                    measures:
                      - {id: invanare, name: Invånare, source: {type: kolada, id: N01951}}
                      - id: folkmangd-manad
                        name: Folkmängd per månad
                        source:
                          type: scb
                          id: TAB6471
                          selection: {Region: ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'], Alder: ['*'], Kon: ['*'], ContentsCode: ['000007SF'], Tid: ['*']}
                          mapping: {region: Region, breakdowns: {sex: Kon, age: Alder}}
                      - {id: utan-urval, name: Utan urval, source: {type: scb, id: TAB638}}
        """;

    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_KoladaAndScb_ImportsBothAndSecondRunChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        ServeKolada();
        server.ServeFile("GET", "/scb/config", RepositoryPaths.SharedData("scb", "v2", "config.json"));
        server.ServeFile("GET", "/scb/tables/TAB6471/metadata", RepositoryPaths.SharedData("scb", "v2", "TAB6471_metadata_jsonstat2.json"));
        server.ServeFile("POST", "/scb/tables/TAB6471/data", RepositoryPaths.SharedData("scb", "v2", "TAB6471_data_jsonstat2.json"));

        var first = await RefreshAsync(services);
        var second = await RefreshAsync(services);
        Assert.All(first.Values.Concat(second.Values), o => Assert.Null(o.Error));

        Assert.Equal(new ImportSummary("invanare", first["invanare"].Summary!.BatchId, 4, 0, 0), first["invanare"].Summary);
        Assert.Equal(21 * 11 * 3 * 4, first["folkmangd-manad"].Summary!.Added);
        Assert.Equal("no selection declared for the table (see strategies/README.md)", first["utan-urval"].Skipped);
        Assert.Equal(0, second["invanare"].Summary!.Added + second["invanare"].Summary!.Changed);
        Assert.Null(second["folkmangd-manad"].Summary!.BatchId);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(14529, await ValueAsync(db, "folkmangd-manad", "SE-17", "age=20-29;sex=women", "2026M04"));
        Assert.Equal(95356, await ValueAsync(db, "invanare", "SE-1780", "", "2022"));
        Assert.Equal(2, await db.ImportBatches.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_KoladaByDefault_AsksForSwedenEveryCountyAndMunicipalityInCallsOf25AndCountsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database, new KeyValuePair<string, string?>("Riktning:Refresh:AllSwedishRegions", "true"));
        List<string> ids;
        await using (var scope = services.CreateAsyncScope())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            ids = ["0000", .. (await scope.ServiceProvider.GetRequiredService<RegionRegistry>().ListAsync("SE", on: today, cancellationToken: TestContext.Current.CancellationToken))
                .Where(r => r.Level is RegionLevel.County or RegionLevel.Municipality)
                .Select(r => r.Level == RegionLevel.County ? "00" + r.Code : r.Code)];
        }

        foreach (var chunk in ids.Chunk(25))
        {
            server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/" + string.Join(',', chunk), """{"count": 0, "values": [], "next_url": null}""");
        }

        var outcome = await RefreshAsync(services, "invanare");

        Assert.Equal(1 + 21 + 290, ids.Count);
        Assert.Null(outcome["invanare"].Error);
        Assert.Equal(13, outcome["invanare"].Calls);
        Assert.Equal(ids.Order(StringComparer.Ordinal), server.Requests.SelectMany(r => r.Path.Split('/')[^1].Split(',')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_ServerKeepsFailing_ReportsTheUrlAndStoresNothingForThatMeasure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database);
        ServeKolada();
        server.ServeFile("GET", "/scb/config", RepositoryPaths.SharedData("scb", "v2", "config.json"));
        server.ServeFile("GET", "/scb/tables/TAB6471/metadata", RepositoryPaths.SharedData("scb", "v2", "TAB6471_metadata_jsonstat2.json"));
        server.ServeFile("POST", "/scb/tables/TAB6471/data", RepositoryPaths.SharedData("scb", "v2", "TAB6471_data_jsonstat2.json")).FailFirst(10, 503);

        var outcome = await RefreshAsync(services);

        Assert.Contains("/scb/tables/TAB6471/data", outcome["folkmangd-manad"].Error, StringComparison.Ordinal);
        Assert.Contains("2 attempts", outcome["folkmangd-manad"].Error, StringComparison.Ordinal);
        // The config, the metadata and both attempts at the data.
        Assert.Equal(4, outcome["folkmangd-manad"].Calls);
        Assert.True(outcome["invanare"].Summary is not null, outcome["invanare"].Error);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.False(await db.ObservationSeries.AnyAsync(s => s.MeasureId == "folkmangd-manad"));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_SecondOfTwoKoladaCallsFails_StoresNothingForTheMeasure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // 27 municipalities: Kolada takes 25 ids per call, so the KPI needs two calls.
        var codes = Enumerable.Range(1, 27).Select(i => (1700 + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        await using var services = await ServicesAsync(database, [
            .. codes.Select((code, i) => KeyValuePair.Create($"Riktning:Refresh:Regions:{i}", (string?)("SE-" + code))),
            new("Riktning:Sources:Kolada:MaxAttempts", "2"),
            new("Riktning:Sources:Kolada:RetryDelay", "00:00:00.010"),
        ]);
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/" + string.Join(',', codes[..25]),
            """{"count": 1, "values": [{"kpi": "N01951", "municipality": "1701", "period": 2022, "values": [{"gender": "T", "count": 1, "status": "", "value": 100}]}], "next_url": null}""");
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/" + string.Join(',', codes[25..]), "{}").FailFirst(10, 503);

        var outcome = await RefreshAsync(services, "invanare");

        Assert.Contains("1726,1727", outcome["invanare"].Error, StringComparison.Ordinal);
        Assert.Contains("gave up after 2 attempts", outcome["invanare"].Error, StringComparison.Ordinal);
        // Every request Kolada received counts, the failed attempts too: the first page and the second's two attempts.
        Assert.Equal(3, outcome["invanare"].Calls);
        Assert.Equal(server.Requests.Count, outcome["invanare"].Calls);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(0, await db.Observations.CountAsync());
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_SecondCallTimesOut_StoresNothingForTheMeasure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var codes = Enumerable.Range(1, 27).Select(i => (1700 + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        await using var services = await ServicesAsync(database, [
            .. codes.Select((code, i) => KeyValuePair.Create($"Riktning:Refresh:Regions:{i}", (string?)("SE-" + code))),
            new("Riktning:Sources:Kolada:MaxAttempts", "1"),
            new("Riktning:Sources:Kolada:Timeout", "00:00:00.300"),
        ]);
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/" + string.Join(',', codes[..25]),
            """{"count": 1, "values": [{"kpi": "N01951", "municipality": "1701", "period": 2022, "values": [{"gender": "T", "count": 1, "status": "", "value": 100}]}], "next_url": null}""");
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/" + string.Join(',', codes[25..]), "{}").DelayFirst(10, TimeSpan.FromSeconds(3));

        var outcome = await RefreshAsync(services, "invanare");

        Assert.Contains("1726,1727", outcome["invanare"].Error, StringComparison.Ordinal);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        Assert.Equal(0, await db.Observations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Refresh_StrategyForAnotherCounty_AsksKoladaForThatCountyAndItsMunicipalities(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await ServicesAsync(database, Strategy.Replace("region: SE-17", "region: SE-20", StringComparison.Ordinal), []);
        // Sweden, Dalarna and its 15 municipalities; nothing of Värmland's.
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/0000,0020,2021,2023,2026,2029,2031,2034,2039,2061,2062,2080,2081,2082,2083,2084,2085",
            """{"count": 1, "values": [{"kpi": "N01951", "municipality": "2080", "period": 2022, "values": [{"gender": "T", "count": 1, "status": "", "value": 59000}]}], "next_url": null}""");

        var outcome = await RefreshAsync(services, "invanare");

        Assert.True(outcome["invanare"].Summary is { Added: 1 }, outcome["invanare"].Error);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(59000, await ValueAsync(scope.ServiceProvider.GetRequiredService<RiktningDb>(), "invanare", "SE-2080", "", "2022"));
    }

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private void ServeKolada()
    {
        // Real values from the Kolada N01951 dump (Karlstad and Värmland, 2022), in the v3 page shape.
        static string Value(string municipality, string gender, double value) =>
            $$"""{"kpi": "N01951", "municipality": "{{municipality}}", "period": 2022, "values": [{"gender": "{{gender}}", "count": 1, "status": "", "value": {{value.ToString(CultureInfo.InvariantCulture)}}}]}""";
        // Sweden, Värmland and its 16 municipalities: 18 ids, one path segment.
        server.ServeText("GET", "/kolada/data/kpi/N01951/municipality/0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785",
            $$"""{"count": 4, "values": [{{Value("1780", "T", 95356)}}, {{Value("1780", "K", 48200)}}, {{Value("1784", "T", 25912)}}, {{Value("1785", "T", 15540)}}], "next_url": null}""");
    }

    private async Task<ServiceProvider> ServicesAsync(TestDatabase database, params KeyValuePair<string, string?>[] extra) =>
        await ServicesAsync(database, Strategy, extra);

    private async Task<ServiceProvider> ServicesAsync(TestDatabase database, string strategy, KeyValuePair<string, string?>[] extra)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            .. database.Settings(),
            .. extra.Where(e => e.Key != "Riktning:Refresh:AllSwedishRegions"),
            new("Riktning:Sources:Kolada:BaseUrl", server.Url("kolada/").ToString()),
            new("Riktning:Sources:ScbApi2:BaseUrl", server.Url("scb/").ToString()),
            new("Riktning:Sources:ScbApi2:MaxAttempts", "2"),
            new("Riktning:Sources:ScbApi2:RetryDelay", "00:00:00.010"),
            new("Riktning:Sources:ScbApi2:MaxCallsPerTimeWindow", "0"),
            new("Riktning:Refresh:AllSwedishRegions", extra.Any(e => e.Key == "Riktning:Refresh:AllSwedishRegions") ? extra.Last(e => e.Key == "Riktning:Refresh:AllSwedishRegions").Value : "false"),
        ]).Build();
        var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegionRegistry>().SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var parsed = DefinitionReader.Read(new StringReader(strategy), "refresh-test.yaml");
        await scope.ServiceProvider.GetRequiredService<StrategyLoader>().StoreAsync(parsed, "refresh-test.yaml");
        return services;
    }

    private static async Task<Dictionary<string, RefreshOutcome>> RefreshAsync(ServiceProvider services, params string[] only)
    {
        await using var scope = services.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<StatisticsRefresher>()
            .RefreshAsync(only.Length > 0 ? only : null, cancellationToken: TestContext.Current.CancellationToken);
        return outcomes.ToDictionary(o => o.MeasureId);
    }

    private static async Task<double?> ValueAsync(RiktningDb db, string measure, string region, string breakdown, string period) =>
        await (from o in db.Observations
               join s in db.ObservationSeries on o.SeriesId equals s.Id
               where s.MeasureId == measure && s.RegionKey == region && s.Breakdown == breakdown && o.Period == period
               select o.Value).SingleAsync();
}
