using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder.Commuting;

namespace Riktning.Web.Tests.Browser;

/// <summary>The commuting page with imported flows: flow map, sortable table and the totals with their definitions, axe-clean in sv/nb/en.</summary>
public sealed class CommutingPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Layout rows for the page (invented figures, labelled as a test source; not a statistic).
    private const string Flows = """
        origin,destination,year,sex,persons
        SE-1730,NO-3416,2019,,330
        SE-1765,NO-3101,2019,,95
        SE-1780,NO-03,2019,,400
        SE-1780,NO-03,2018,,380
        """;

    [Theory]
    [InlineData("sv", "Bostadskommun")]
    [InlineData("nb", "Bostedskommune")]
    [InlineData("en", "Municipality of residence")]
    public async Task CommutingPage_WithFlows_DrawsTheMapAndTableAndHasNoAxeViolations(string language, string originHeader)
    {
        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommutingImporter>().ImportAsync("test-layout", new StringReader(Flows), "layout.csv", TestContext.Current.CancellationToken);
        }

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/cooperation/commuting?sort=origin&culture={language}").ToString());
        var violations = await Axe.ViolationsAsync(page, "cooperation-commuting-" + language);
        var html = await page.ContentAsync();
        await page.CloseAsync();

        Assert.Contains("<svg class=\"flow-map\"", html, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "<line "));
        Assert.Contains(originHeader, html, StringComparison.Ordinal);
        Assert.Contains("17", html, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
