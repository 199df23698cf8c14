using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing.Sources;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The first start of an empty store fetches the statistics in the background: against a local server that answers
/// one Kolada KPI and fails the rest, the start page shows the progress, then what failed, and the indicator page the
/// figures with a source line built from the import batch. It counts the indicators that have a figure afterwards and
/// the calls the refresh made.
/// </summary>
public sealed class FirstStartRefreshTests : IAsyncLifetime
{
    private ReplayServer server = null!;

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task FirstStart_EmptyStore_FetchesInTheBackgroundAndTheIndicatorPageNamesTheBatch(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        // A hand-written answer in Kolada's API shape with three made-up values, not a recorded response: ../shared/data
        // holds no Kolada answer (API or file) for any KPI the strategy binds, so nothing real can stand here.
        static string Value(string municipality, int year, double value) =>
            $$"""{"kpi": "N01961", "municipality": "{{municipality}}", "period": {{year}}, "values": [{"gender": "T", "count": 1, "status": "", "value": {{value.ToString(CultureInfo.InvariantCulture)}}}]}""";
        server.ServeText("GET", "/kolada/data/kpi/N01961/municipality/0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785",
            $$"""{"count": 3, "values": [{{Value("0017", 2021, 55.1)}}, {{Value("0017", 2023, 54.6)}}, {{Value("1780", 2023, 57.9)}}], "next_url": null}""");
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new RiktningWebFactory(database).WithWebHostBuilder(b =>
        {
            b.UseSetting("Riktning:Refresh:OnFirstStart", "true");
            b.UseSetting("Riktning:Refresh:AllSwedishRegions", "false");
            b.UseSetting("Riktning:Sources:Kolada:BaseUrl", server.Url("kolada/").ToString());
            b.UseSetting("Riktning:Sources:Kolada:MaxAttempts", "1");
            b.UseSetting("Riktning:Sources:ScbApi2:BaseUrl", server.Url("scb/").ToString());
            b.UseSetting("Riktning:Sources:ScbApi2:MaxAttempts", "1");
            // Every other source at the local server too: the Norwegian measures went to the real data.ssb.no, and
            // without a network each waited out four attempts (2 + 4 + 8 s between them), most of the test's minute.
            foreach (var source in new[] { "Scb", "Ssb", "SsbApi2" })
            {
                b.UseSetting($"Riktning:Sources:{source}:BaseUrl", server.Url(source.ToLowerInvariant() + "/").ToString());
                b.UseSetting($"Riktning:Sources:{source}:MaxAttempts", "1");
            }
        });
        var client = factory.CreateClient();

        var progress = factory.Services.GetRequiredService<RefreshProgress>();
        var start = await client.GetStringAsync("/", ct);
        var waited = 0;
        while (progress.Current.State != RefreshState.Finished && waited++ < 600)
        {
            await Task.Delay(100, ct);
        }

        var after = await client.GetStringAsync("/?culture=sv", ct);
        var indicator = await client.GetStringAsync("/indicators/befolkning-i-arbetsfor-alder?culture=sv", ct);

        Assert.True(start.Contains("Hämtar statistik:", StringComparison.Ordinal) || progress.Current.State == RefreshState.Finished, start);
        Assert.Equal(RefreshState.Finished, progress.Current.State);
        Assert.DoesNotContain(progress.Current.Failures, f => f.MeasureId == "invanare-20-64-andel");
        Assert.Contains($"{progress.Current.Failures.Count} av {progress.Current.Total} mått kunde inte hämtas", after, StringComparison.Ordinal);
        Assert.Contains("57,9", indicator, StringComparison.Ordinal);
        Assert.Contains("Källa:", indicator, StringComparison.Ordinal);
        Assert.Contains("Kolada nyckeltal N01961", indicator, StringComparison.Ordinal);
        Assert.Contains("hämtad från källans API", indicator, StringComparison.Ordinal);

        // How many of the strategy's indicators have figures after the replayed first start. Only the hand-written
        // N01961 answer above gives any: no file in ../shared/data answers a request the refresh makes for a bound measure,
        // exactly as it asks (checked file by file, 2026-12-03):
        // - Kolada: the one data file is N01951 "Invånare totalt, antal" (all ages); no measure is bound to N01951, and
        //   none measures the total population (invanare-20-64-andel is N01961, the share aged 20–64; folkmangd-20-64 is
        //   N01955, the count aged 20–64).
        // - SCB PxWebApi 2: TAB6471 is the population per month by 10-year age group for the 21 counties, 2026M01–M04,
        //   which no measure is; no measure is bound to an SCB table any more (branschbredd, once TAB4723 with no
        //   selection, is Kolada N45702, which nothing here answers).
        // - SCB PxWeb v1 (TAB3554 median income for Sweden, BefolkningNy "json" answers): the refresh asks SCB through
        //   PxWebApi 2 only, and no measure is the median income.
        // - SSB API v0: 07221 (house price index) is bound to no measure; for 07459 (folkemengde-20-64-no) only a saved
        //   query is recorded (Landet, every age), no answer; 06944, 09429 and 06445 have nothing recorded.
        // - Eleven indicators have no measure chosen yet (source type none).
        await using var scope = factory.Services.CreateAsyncScope();
        var strategy = (await scope.ServiceProvider.GetRequiredService<Riktning.Strategy.StrategyCatalog>().GetAsync("varmlandsstrategin-2040", cancellationToken: ct))!.Definition;
        var status = await scope.ServiceProvider.GetRequiredService<ObservationQueries>().StatusAsync(strategy.Measures.Select(m => m.Id), ct);
        var withFigures = strategy.Indicators.Where(i => i.Measures.Any(m => status.ContainsKey(m.Id))).Select(i => i.Id).ToList();
        // The refresh's own count (every request its clients sent, retries included) and what the replay server received.
        var calls = factory.Services.GetRequiredService<StatisticsClients>().Sent;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"indicators with figures after the replayed first start: {withFigures.Count} of {strategy.Indicators.Count()} ({string.Join(", ", withFigures)}); " +
            $"refresh calls: {calls} ({progress.Current.Total} measures with a source, {progress.Current.Failures.Count} failed); requests at the replay server: {server.Requests.Count}");
        Assert.Equal(39, strategy.Indicators.Count());
        // 1 of 39, and which one.
        Assert.Equal("befolkning-i-arbetsfor-alder", Assert.Single(withFigures));
        Assert.Equal(server.Requests.Count, calls);
    }
}
