using Microsoft.Extensions.DependencyInjection;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// A flagged figure (provisional, break in series …) says so wherever it is drawn: in the chart's tooltips in Chromium,
/// and in the map's titles, not only in the tables.
/// </summary>
public sealed class FlagTooltipBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task FlagAsync()
    {
        // Värmland's 2023 total is provisional, Karlstad's 2023 figure estimated; the values stay as ReportSeed has them.
        await using var scope = browser.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
            ReportSeed.Measure,
            new ImportOrigin("test", "N01961", "flags typed in FlagTooltipBrowserTests"),
            [
                new ObservationRow("SE-17", "2023", "", 63, ValueStatus.Present, ObservationFlags.Provisional),
                new ObservationRow("SE-1780", "2023", "", 70, ValueStatus.Present, ObservationFlags.Estimated),
            ]);
    }

    [Fact]
    public async Task FlaggedFigures_NamedInChartTooltipsAndMapTitles()
    {
        await FlagAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture=en").ToString());
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");
        await page.WaitForSelectorAsync(".chart[data-chart-for=breakdown-table] svg");

        var lineTitles = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('.chart[data-chart-for=overtime-table] svg title')).map(t => t.textContent)");
        var barTitles = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('.chart[data-chart-for=breakdown-table] svg title')).map(t => t.textContent)");
        var mapTitles = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('svg.map-tiles title, svg.map-choropleth title')).map(t => t.textContent)");

        Assert.Contains("Värmlands län: 63 (p: Provisional)", lineTitles);
        Assert.Contains("Värmlands län: 62.5", lineTitles);
        Assert.True(barTitles.Contains("70 (e: Estimated)"), string.Join(" | ", barTitles));
        Assert.Contains("Karlstad: 70 (e: Estimated)", mapTitles);
        Assert.Contains("Kil: 55", mapTitles);
    }

    [Fact]
    public async Task FlaggedFigures_IndexView_KeepsTheFlagInTheTooltip()
    {
        await FlagAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture=en").ToString());
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");

        await page.CheckAsync("#overtime-table-index");
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg title:text-is('Värmlands län: 101.6 (p: Provisional)')", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
    }
}
