using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// An import that changes only the source's labels stores no batch, yet the running site shows the new labels at once:
/// the newest label write is part of the store version, which keys the kept page and the open data answers.
/// </summary>
public sealed partial class CategoryLabelChangeTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/befolkning-i-arbetsfor-alder?breakdown=age&culture=sv";
    private const string Csv = "/api/measures/folkmangd-20-64/observations?region=SE-17&period=2026M04&breakdown=age%3D100%2B10&format=csv";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_AfterAnImportThatChangesOnlyLabels_ShowsTheNewLabel(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = site.Client(provider);
        var original = BreakdownDownloadLabelTests.Tab6471();
        await BreakdownDownloadLabelTests.ImportAsync(site.Services(provider), original, ct);
        var before = RowLabels(await client.GetStringAsync(Page, ct));
        var csvBefore = await client.GetStringAsync(Csv, ct);
        var versionBefore = await site.Services(provider).GetRequiredService<StoreVersionMonitor>().CurrentAsync(ct);

        // The same values, with the oldest age group renamed as a source might do in a later release.
        var relabelled = original with
        {
            Dimensions = [.. original.Dimensions.Select(d => d.Code != "Alder" ? d : d with
            {
                Categories = [.. d.Categories.Select(c => c.Code == "100+10" ? c with { Label = "100 år och äldre" } : c)],
            })],
        };
        ImportSummary second;
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<MeasureImport>();
            var measure = await import.FindMeasureAsync("folkmangd-20-64", ct);
            second = await import.ImportTableAsync(measure, relabelled, ImportMapping.For(measure) with
            {
                RegionDimension = "Region",
                TimeDimension = "Tid",
                Breakdowns = new Dictionary<string, string> { ["age"] = "Alder" },
                Filters = new Dictionary<string, string> { ["Kon"] = "TotSa", ["ContentsCode"] = "000007SF" },
            }, new ImportOrigin("scb", "TAB6471", "TAB6471_data_jsonstat2.json"), "test: monthly population by age", ct);
        }

        var versionAfter = await site.Services(provider).GetRequiredService<StoreVersionMonitor>().CurrentAsync(ct);
        var after = RowLabels(await client.GetStringAsync(Page, ct));
        var csvAfter = await client.GetStringAsync(Csv, ct);

        Assert.Null(second.BatchId);
        Assert.Equal(0, second.Added + second.Changed);
        Assert.Equal(versionBefore.LatestBatch, versionAfter.LatestBatch);
        Assert.True(versionAfter.LatestCategories > versionBefore.LatestCategories, "the label change did not move the store version");
        Assert.Equal("100+ år", before[^1]);
        Assert.Equal("100 år och äldre", after[^1]);
        Assert.Equal(before[..^1], after[..^1]);
        Assert.EndsWith(",100+ år\r\n", csvBefore, StringComparison.Ordinal);
        Assert.EndsWith(",100 år och äldre\r\n", csvAfter, StringComparison.Ordinal);
    }

    /// <summary>The row headers of the breakdown table, decoded.</summary>
    private static List<string> RowLabels(string html)
    {
        var table = BreakdownTable().Match(html);
        Assert.True(table.Success, "the page has no breakdown table");
        return [.. RowHeader().Matches(table.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];
    }

    [GeneratedRegex("<table data-chart=\"bar\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex BreakdownTable();

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex RowHeader();
}
