using System.Globalization;

namespace Riktning.Web.Tests.Browser;

/// <summary>The indicator report in real Chromium: the form updates the report, and chart, table and CSV agree.</summary>
public sealed class IndicatorReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ChangeBreakdown_ChartTableAndDownloadedCsvAgree()
    {
        var page = await browser.Browser.NewPageAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture=en").ToString());
        await page.WaitForSelectorAsync(".chart[data-chart-for=breakdown-table] svg");
        var lineText = await page.TextContentAsync(".chart[data-chart-for=overtime-table]") ?? "";

        await page.FocusAsync("#report-breakdown");
        await page.SelectOptionAsync("#report-breakdown", "sex");
        // Waits by selector: the site's Content-Security-Policy forbids the eval a string predicate would need.
        await page.WaitForSelectorAsync("#breakdown-heading:text-is('Breakdown: Sex')");
        await page.WaitForSelectorAsync(".chart[data-chart-for=breakdown-table] svg");
        var focused = await page.EvaluateAsync<string>("document.activeElement.id");
        var table = await page.EvaluateAsync<string[][]>(
            "Array.from(document.querySelectorAll('#breakdown-table tbody tr')).map(r => [r.cells[0].textContent.trim(), r.querySelector('[data-value]').dataset.value])");
        var chart = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('.chart[data-chart-for=breakdown-table] svg text, .chart[data-chart-for=breakdown-table] svg .ct-label')).map(t => t.textContent.trim())");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("indicator-report-sex"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("nav.downloads").Nth(1).Locator("a[data-format=csv]").ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var file = csv.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => f[3] switch { "sex=women" => "Women", "sex=men" => "Men", var other => other }, f => f[4], StringComparer.Ordinal);

        // The line chart has a series per column of the over-time table.
        Assert.Contains("Värmlands län", lineText, StringComparison.Ordinal);
        Assert.Contains("Sverige", lineText, StringComparison.Ordinal);
        Assert.Contains("breakdown=sex", page.Url, StringComparison.Ordinal);
        Assert.Equal("report-breakdown", focused);
        Assert.Equal([["Men", "65.5"], ["Women", "63"]], table);
        // Every row of the table is in the chart: its label on the axis and its value on the bar.
        foreach (var row in table)
        {
            Assert.Contains(row[0], chart);
            Assert.Contains(double.Parse(row[1], CultureInfo.InvariantCulture).ToString("#,##0.##", CultureInfo.GetCultureInfo("en")), chart);
        }

        Assert.Equal(table.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal), file);
        Assert.All(csv.Skip(1).Where(l => l.Length > 0), line => Assert.StartsWith("SE-17,Värmlands län,2023,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comparison_CheckboxByKeyboard_AddsAColumnAndASeries()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture=en").ToString());
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");

        await page.FocusAsync("#compare-SE-01");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForSelectorAsync("#overtime-table th:has-text('Stockholms län')");
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");
        var lineText = await page.TextContentAsync(".chart[data-chart-for=overtime-table]") ?? "";
        var focused = await page.EvaluateAsync<string>("document.activeElement.id");

        Assert.Contains("Stockholms län", lineText, StringComparison.Ordinal);
        Assert.Equal("compare-SE-01", focused);
        Assert.Contains("compare=SE-01", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "65,5", @"^-?\d{1,3}(\u00a0\d{3})*(,\d+)?$")]
    [InlineData("en", "65.5", @"^-?\d{1,3}(,\d{3})*(\.\d+)?$")]
    public async Task ChartNumbers_OnAxesAndBars_AreInThePageLanguage(string language, string barLabel, string pattern)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture={language}&breakdown=sex").ToString());
        await page.WaitForSelectorAsync(".chart[data-chart-for=breakdown-table] svg");
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");
        var texts = await page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('.chart svg text, .chart svg .ct-label')).map(t => t.textContent.trim()).filter(t => /^[-\\d., \\u00a0]+$/.test(t) && /\\d/.test(t) && !/^\\d{4}$/.test(t))");

        // Every number drawn (axis ticks, bar labels; the periods on the category axis aside) is written as the page's language writes it, like the tables.
        Assert.Contains(barLabel, texts);
        Assert.All(texts, text => Assert.Matches(pattern, text));
    }
}
