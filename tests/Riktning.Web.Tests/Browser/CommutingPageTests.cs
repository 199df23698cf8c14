using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder.Commuting;
using Riktning.Testing;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The commuting page with flows of three sources (the plain layout, SSB's json-stat2 and the Nordic Statistics database's
/// PC-Axis, all synthetic): flow map, table sortable by links, every source's total side by side with the series break,
/// the plain note on the missing employed count; axe-clean in sv/nb/en.
/// </summary>
public sealed class CommutingPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Layout rows for the page (invented figures, labelled as a test source; not a statistic).
    private const string Flows = """
        origin,destination,year,sex,persons
        SE-1730,NO-0420,2019,,330
        SE-1765,NO-0101,2019,,95
        SE-1780,NO-03,2019,,400
        SE-1780,NO-03,2018,,380
        """;

    [Theory]
    [InlineData("sv", "Bostadskommun", "brott i serien")]
    [InlineData("nb", "Bostedskommune", "brudd i serien")]
    [InlineData("en", "Municipality of residence", "break in series")]
    public async Task CommutingPage_WithFlows_DrawsTheMapAndTableAndHasNoAxeViolations(string language, string originHeader, string seriesBreak)
    {
        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<CommutingImporter>();
            await importer.ImportAsync("test-layout", new StringReader(Flows), "layout.csv", TestContext.Current.CancellationToken);
            using var ssb = new MemoryStream(Encoding.UTF8.GetBytes(CommutingTables.SsbJsonStat2("13631", ["2014", "2015", "2016"])));
            await importer.ImportFileAsync("ssb", null, ssb, "13631.json", cancellationToken: TestContext.Current.CancellationToken);
            using var nordic = new MemoryStream(CommutingTables.NordicPx());
            await importer.ImportFileAsync("nordic", null, nordic, "COMM01.px", cancellationToken: TestContext.Current.CancellationToken);
        }

        await using var check = await browser.CheckPageAsync();
        var page = check.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/cooperation/commuting?source=ssb-13631&sort=origin&culture={language}").ToString());
        var violations = await Axe.ViolationsAsync(page, "cooperation-commuting-" + language);
        var html = await page.ContentAsync();

        Assert.Contains("<svg class=\"flow-map\"", html, StringComparison.Ordinal);
        Assert.Equal(4 + 1, System.Text.RegularExpressions.Regex.Count(html, "<line "));
        Assert.Contains(originHeader, html, StringComparison.Ordinal);
        Assert.Contains("?source=ssb-13631&amp;sort=persons", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">nordic-comm01</th>", html, StringComparison.Ordinal);
        Assert.Contains(seriesBreak, html, StringComparison.Ordinal);
        Assert.Contains("Riktning:CommutingEmployedMeasure", html, StringComparison.Ordinal);
        Assert.Contains("17", html, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
