using Riktning.Web.Tests.Cooperation;

namespace Riktning.Web.Tests.Browser;

/// <summary>The border-region view with figures and the real county and fylke boundaries: the map across the border drawn, axe-clean in sv/nb/en.</summary>
public sealed class BorderRegionAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static BrowserFixture? _seeded;

    [Theory]
    [InlineData("sv", "")]
    [InlineData("nb", "")]
    [InlineData("en", "&geography=today")]
    public async Task BorderRegionPage_WithMap_HasNoAxeViolations(string language, string geography)
    {
        await SeedAsync();

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

    [Theory]
    [InlineData("sv", "")]
    [InlineData("nb", "")]
    [InlineData("en", "&geography=today")]
    public async Task BorderRegionPage_MunicipalityLevel_WithKommuneMap_HasNoAxeViolations(string language, string geography)
    {
        await SeedAsync();

        await using var check = await browser.CheckPageAsync();
        var page = check.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/cooperation/border-region?level=municipality&culture={language}{geography}").ToString());
        var violations = await Axe.ViolationsAsync(page, "cooperation-border-region-municipality-" + language);
        var html = await page.ContentAsync();

        // Swedish and Norwegian municipal outlines in one map across the border.
        Assert.Contains("class=\"map-choropleth\"", html, StringComparison.Ordinal);
        Assert.Contains("data-region=\"SE-1780\"", html, StringComparison.Ordinal);
        Assert.Contains("data-region=\"NO-3401\"", html, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>The figures and the real boundary files, imported once per site rather than again for every language.</summary>
    private async Task SeedAsync()
    {
        await Seeding.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!ReferenceEquals(_seeded, browser))
            {
                await BorderRegionSeed.ImportAsync(browser.Factory.Services, boundaries: true);
                await BorderRegionSeed.ImportMunicipalitiesAsync(browser.Factory.Services, boundaries: true);
                _seeded = browser;
            }
        }
        finally
        {
            Seeding.Release();
        }
    }
}
