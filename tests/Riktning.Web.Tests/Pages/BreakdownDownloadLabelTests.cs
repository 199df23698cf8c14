using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The downloads (CSV, Excel, json-stat2) and the gap-over-time summary label and order a breakdown as the source does,
/// like the report table: SCB's TAB6471 (json-stat2 from PxWebApi 2) has the age groups <c>0-9</c> … <c>90-99</c>,
/// <c>100+10</c>, labelled "0-9 år" … "100+ år". By the code's text, <c>100+10</c> would come between <c>10-19</c> and <c>20-29</c>.
/// </summary>
public sealed partial class BreakdownDownloadLabelTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    private static readonly string[] AgeLabels = ["0-9 år", "10-19 år", "20-29 år", "30-39 år", "40-49 år", "50-59 år", "60-69 år", "70-79 år", "80-89 år", "90-99 år", "100+ år"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Downloads_AgeBreakdown_UseTheSourcesLabelsAndOrder(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await ImportAsync(site.Services(provider), Tab6471(), ct);
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations?region=SE-17&period=2026M04";

        var csv = (await client.GetStringAsync(path + "&format=csv", ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        await using var xlsxBody = new MemoryStream(await client.GetByteArrayAsync(path + "&format=xlsx", ct));
        var xlsx = MiniExcelLibs.MiniExcel.Query(xlsxBody, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        using var jsonStat = JsonDocument.Parse(await client.GetStringAsync(path + "&format=json-stat2", ct));
        var category = jsonStat.RootElement.GetProperty("dimension").GetProperty("breakdown").GetProperty("category");
        var jsonStatOrder = category.GetProperty("index").EnumerateObject().OrderBy(p => p.Value.GetInt32()).Select(p => p.Name).ToList();

        Assert.Equal("region,region_name,period,breakdown,value,status,flags,source,breakdown_label", csv[0]);
        var ages = csv.Skip(1).Select(Fields).Where(f => f[3] != "total").ToList();
        Assert.Equal(AgeLabels, ages.Select(f => f[8]));
        Assert.Equal("age=100+10", ages[^1][3]);
        // Värmland's 100-year-olds in April 2026, as the file has them.
        Assert.Equal("100+ år", Assert.Single(ages, f => f[3] == "age=100+10")[8]);
        Assert.Equal(AgeLabels, xlsx.Where(r => (string?)r["breakdown"] != "total").Select(r => (string?)r["breakdown_label"]));
        Assert.Equal(ages.Select(f => f[4]), xlsx.Where(r => (string?)r["breakdown"] != "total").Select(r => Convert.ToString(r["value"], CultureInfo.InvariantCulture)));
        Assert.Equal(AgeLabels, jsonStatOrder.Where(k => k != "total").Select(k => category.GetProperty("label").GetProperty(k).GetString()));
        Assert.Equal("age=100+10", jsonStatOrder[^1]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GapOverTime_AgeSpread_NamesCategoriesWithTheSourcesLabels(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await ImportAsync(site.Services(provider), Tab6471(), ct);

        var html = await site.Client(provider).GetStringAsync("/indicators/befolkning-i-arbetsfor-alder?culture=sv", ct);

        // The spread's highest and lowest age group in the summary table, by the source's labels, never by the code.
        var gaps = GapSection().Match(html);
        Assert.True(gaps.Success, "the page has no gap section");
        var between = WebUtility.HtmlDecode(GapBetween().Match(gaps.Value).Groups[1].Value);
        Assert.Contains("100+ år", between, StringComparison.Ordinal);
        Assert.DoesNotContain("100+10", gaps.Value, StringComparison.Ordinal);
    }

    /// <summary>Imports TAB6471's totals of both sexes into the population measure, Värmland and the other counties as the file has them.</summary>
    internal static async Task ImportAsync(IServiceProvider services, StatisticsDataset dataset, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<MeasureImport>();
        var measure = await import.FindMeasureAsync(Measure, ct);
        var mapping = ImportMapping.For(measure) with
        {
            RegionDimension = "Region",
            TimeDimension = "Tid",
            Breakdowns = new Dictionary<string, string> { ["age"] = "Alder" },
            Filters = new Dictionary<string, string> { ["Kon"] = "TotSa", ["ContentsCode"] = "000007SF" },
        };
        await import.ImportTableAsync(measure, dataset, mapping, new ImportOrigin("scb", "TAB6471", "TAB6471_data_jsonstat2.json"), "test: monthly population by age", ct);
    }

    internal static StatisticsDataset Tab6471()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("scb", "v2", "TAB6471_data_jsonstat2.json"));
        return JsonStat2Parser.Parse(stream, "TAB6471_data_jsonstat2.json");
    }

    /// <summary>A CSV line's fields; the source is the one quoted field and holds commas.</summary>
    private static string[] Fields(string line) => CsvField().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvField();

    [GeneratedRegex("<section aria-labelledby=\"gaps-[^\"]*\" class=\"gaps\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex GapSection();

    [GeneratedRegex("<br><small>(.*?)</small>", RegexOptions.Singleline)]
    private static partial Regex GapBetween();
}
