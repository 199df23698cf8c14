using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Analysis;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;
using Riktning.Web.Features.OpenData;

namespace Riktning.Web.Tests.OpenData;

/// <summary>
/// A CSV download larger than what is kept (5 000 rows) is streamed, and lists its rows as a kept one does: by region,
/// breakdown in the source's order of the categories (not the keys' text), then period; its pages too.
/// </summary>
public sealed class OpenDataSourceOrderTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "elever-i-komvux";

    private static readonly string[] Regions =
        ["SE-17", "SE-1715", "SE-1730", "SE-1737", "SE-1760", "SE-1761", "SE-1762", "SE-1763", "SE-1764", "SE-1765", "SE-1766", "SE-1780", "SE-1781", "SE-1782", "SE-1783", "SE-1784", "SE-1785"];

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservationsCsv_StreamedAnswer_ListsRowsInTheSourcesOrderAsAKeptAnswerWould(DatabaseProvider provider)
    {
        // The source's order differs from the keys' text: 20-64 before 0-19 before 65+, women before men; 100+ has no
        // stored position and comes after those that have one. 13 keys × 17 regions × 25 years = 5 525 rows.
        string[] ages = ["20-64", "0-19", "65+"];
        string[] sexes = ["women", "men"];
        string[] keys =
        [
            "", .. ages.Select(a => $"age={a}"), "age=100+", .. sexes.Select(s => $"sex={s}"),
            .. ages.SelectMany(a => sexes.Select(s => $"age={a};sex={s}")),
        ];
        var rows = (from region in Regions
                    from key in keys
                    from year in Enumerable.Range(2000, 25)
                    select new ObservationRow(region, year.ToString(CultureInfo.InvariantCulture), key, year + key.Length, ValueStatus.Present)).ToList();
        BreakdownCategory Category(string breakdown, string code, int position) =>
            new() { MeasureId = Measure, Breakdown = breakdown, Code = code, Language = "sv", Label = $"{code} ({breakdown})", Position = position };
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                Measure, new ImportOrigin("test", null, "rows typed in the test"), rows, 0,
                [.. ages.Select((a, i) => Category("age", a, i)), .. sexes.Select((s, i) => Category("sex", s, i))], Cancel);
        }

        var expected = await ExpectedCsvLinesAsync(provider);
        using var whole = await site.Client(provider).GetAsync($"/api/measures/{Measure}/observations?format=csv", HttpCompletionOption.ResponseHeadersRead, Cancel);
        var wholeLength = whole.Content.Headers.ContentLength;
        var streamed = Lines(await whole.Content.ReadAsStringAsync(Cancel));
        using var page = await site.Client(provider).GetAsync($"/api/measures/{Measure}/observations?format=csv&offset=100&limit=5200", HttpCompletionOption.ResponseHeadersRead, Cancel);
        var pageLength = page.Content.Headers.ContentLength;
        var paged = Lines(await page.Content.ReadAsStringAsync(Cancel));
        var small = Lines(await site.Client(provider).GetStringAsync($"/api/measures/{Measure}/observations?format=csv&offset=5000&limit=50", Cancel));

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        // Streamed: sent in chunks, with no length.
        Assert.Null(wholeLength);
        Assert.Null(pageLength);
        Assert.Equal(1 + rows.Count, expected.Count);
        Assert.Equal(expected, streamed);
        Assert.Equal([expected[0], .. expected.Skip(1 + 100).Take(5200)], paged);
        Assert.Equal([expected[0], .. expected.Skip(1 + 5000).Take(50)], small);
        // The source's order, not the text's: Värmland's total, then 20-64, 0-19, 65+, 100+ (no position), then the
        // crossed keys (the names "age;sex" after "age"), women before men, and last sex alone.
        var firstBreakdowns = streamed.Skip(1).Select(l => l.Split(',')[3]).Distinct().Take(13).ToList();
        Assert.Equal(
            ["total", "age=20-64", "age=0-19", "age=65+", "age=100+", "age=20-64;sex=women", "age=20-64;sex=men", "age=0-19;sex=women", "age=0-19;sex=men",
                "age=65+;sex=women", "age=65+;sex=men", "sex=women", "sex=men"],
            firstBreakdowns);
    }

    /// <summary>Every row of the measure, in the order of the small path's rule (ObservationCsv.Write), as CSV lines.</summary>
    private async Task<List<string>> ExpectedCsvLinesAsync(DatabaseProvider provider)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RiktningDb>();
        var all = await (from o in db.Observations
                         join s in db.ObservationSeries on o.SeriesId equals s.Id
                         where s.MeasureId == Measure
                         select new { s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status, o.BatchId, o.Flags }).ToListAsync(Cancel);
        var documents = all.Select(r => new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), r.Value, r.Status, r.BatchId, r.Flags)).ToList();
        var analysis = services.GetRequiredService<IndicatorAnalysisService>();
        var csv = ObservationCsv.Write(
            documents, await services.GetRequiredService<OpenDataQueries>().RegionNamesAsync(Cancel), await analysis.BatchesAsync(Cancel),
            new SourceCategories(await db.BreakdownCategories.Where(c => c.MeasureId == Measure).ToListAsync(Cancel)));
        return Lines(csv);
    }

    private static List<string> Lines(string csv) => [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
