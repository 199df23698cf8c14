using Riktning.Web.Tests.Cooperation;

namespace Riktning.Web.Tests.Browser;

/// <summary>The border-region view with figures and the real county and fylke boundaries: the map across the border drawn, axe-clean in sv/nb/en.</summary>
public sealed class BorderRegionAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("sv", "")]
    [InlineData("nb", "")]
    [InlineData("en", "&geography=today")]
    public async Task BorderRegionPage_WithMap_HasNoAxeViolations(string language, string geography)
    {
        await BorderRegionSeed.ImportAsync(browser.Factory.Services, boundaries: true);

        await using var check = await browser.CheckPageAsync();
        var page = check.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/cooperation/border-region?culture={language}{geography}").ToString());
        var violations = await Axe.ViolationsAsync(page, "cooperation-border-region-" + language);
        var html = await page.ContentAsync();

        Assert.Contains("class=\"map-choropleth\"", html, StringComparison.Ordinal);
        Assert.Contains("data-region=\"SE-17\"", html, StringComparison.Ordinal);
        Assert.Contains("data-region=\"NO-34\"", html, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
