using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.PcAxis;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The breakdown table shows the source's own labels and order of the categories: a real PC-Axis file with age groups
/// (PxWebApi's TAB001, in English and Swedish) whose codes (<c>Y_LT5</c>, <c>Y5-9</c>, <c>Y10-14</c> …) sort otherwise.
/// </summary>
public sealed partial class IndicatorCategoryLabelTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string File = "pxwebapi_TAB001_population_region_sex_age_iso8859-1.px";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_AgeBreakdown_ShowsTheFilesLabelsInTheFilesOrder(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = RepositoryPaths.SharedData("px", File);
        var english = Parse(path, "en");
        var swedish = Parse(path, "sv");
        ImportSummary first;
        ImportSummary second;
        List<BreakdownCategory> stored;
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<MeasureImport>();
            var measure = await import.FindMeasureAsync("folkmangd-20-64", ct);
            // The file is about European countries: Sweden's figures are read as the strategy's region, the others left out.
            var mapping = ImportMapping.For(measure) with
            {
                RegionDimension = "REGION",
                TimeDimension = "TIME",
                Breakdowns = new Dictionary<string, string> { ["age"] = "AGE" },
                Filters = new Dictionary<string, string> { ["SEX"] = "T", ["ContentsCode"] = "HNMGA" },
                RegionCodes = english.Dimensions[0].Categories.ToDictionary(c => c.Code, c => c.Code == "SE" ? "SE-17" : "-"),
            };
            first = await import.ImportTableAsync(measure, english, mapping, new ImportOrigin("px-file", null, File), "test: the file's Sweden read as Värmland", ct);
            // The same figures again in Swedish: no values change, and the Swedish labels are stored beside the English ones.
            second = await import.ImportTableAsync(measure, swedish, mapping, new ImportOrigin("px-file", null, File), "test: the file's Sweden read as Värmland", ct);
            // And the English file once more: nothing changes, no second row per category (idempotent).
            var third = await import.ImportTableAsync(measure, english, mapping, new ImportOrigin("px-file", null, File), "test: the file's Sweden read as Värmland", ct);
            Assert.Null(third.BatchId);
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            stored = await db.BreakdownCategories.Where(c => c.MeasureId == measure.Id).OrderBy(c => c.Language).ThenBy(c => c.Position).ToListAsync(ct);
        }

        // The file's age groups without the total (ELIMINATION), in VALUES order.
        var ages = english.Dimensions.Single(d => d.Code == "AGE").Categories.Where(c => c.Code != "TOTAL").ToList();
        var svAges = swedish.Dimensions.Single(d => d.Code == "AGE").Categories.Where(c => c.Code != "TOTAL").ToList();
        Assert.True(first.BatchId is not null && first.Added > 0);
        Assert.Null(second.BatchId);
        Assert.Equal(ages.Select(a => a.Code), stored.Where(c => c.Language == "en").Select(c => c.Code));
        Assert.Equal(ages.Select(a => a.Label), stored.Where(c => c.Language == "en").Select(c => c.Label));
        Assert.Equal(svAges.Select(a => a.Label), stored.Where(c => c.Language == "sv").Select(c => c.Label));
        Assert.Equal(ages.Count + svAges.Count, stored.Count);
        // Sorted by code, the groups would read Y10-14, Y15-19 … Y5-9: the file's order is a different one.
        Assert.NotEqual(ages.Select(a => a.Code), ages.Select(a => a.Code).Order(Riktning.Analysis.CategoryOrder.Instance));

        var client = site.Client(provider);
        var en = await client.GetStringAsync("/indicators/befolkning-i-arbetsfor-alder?breakdown=age&culture=en", ct);
        var sv = await client.GetStringAsync("/indicators/befolkning-i-arbetsfor-alder?breakdown=age&culture=sv", ct);

        Assert.Equal(ages.Select(a => a.Label), RowLabels(en));
        Assert.Equal(svAges.Select(a => a.Label), RowLabels(sv));
    }

    private static StatisticsDataset Parse(string path, string language)
    {
        using var stream = System.IO.File.OpenRead(path);
        return PxFileParser.Parse(stream, File, language);
    }

    /// <summary>The row headers of the breakdown table, decoded.</summary>
    private static List<string> RowLabels(string html)
    {
        var table = BreakdownTable().Match(html);
        Assert.True(table.Success, "the page has no breakdown table");
        return [.. RowHeader().Matches(table.Value).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];
    }

    [GeneratedRegex("<table data-chart=\"bar\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex BreakdownTable();

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex RowHeader();
}
