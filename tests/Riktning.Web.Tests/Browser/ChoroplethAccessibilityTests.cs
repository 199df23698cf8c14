
namespace Riktning.Web.Tests.Browser;

/// <summary>The indicator page with the choropleth (boundaries imported) in real Chromium, checked by axe-core.</summary>
public sealed class ChoroplethAccessibilityTests(ChoroplethBrowserFixture browser) : IClassFixture<ChoroplethBrowserFixture>
{
    [Theory]
    [InlineData("sv")]
    [InlineData("nb")]
    [InlineData("en")]
    public async Task IndicatorWithChoropleth_InChromium_HasNoAxeViolations(string language)
    {
        await using var check = await browser.CheckPageAsync();
        var page = check.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture={language}").ToString());

        var outlines = await page.Locator("svg.map-choropleth path[data-region]").CountAsync();
        var violations = await Axe.ViolationsAsync(page, $"indicator-choropleth-{language}");
        await page.Locator("figure.map").ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"indicator-choropleth-map-{language}") });

        Assert.Equal(16, outlines);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
