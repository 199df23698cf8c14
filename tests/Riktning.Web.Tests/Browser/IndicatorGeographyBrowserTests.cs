namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The indicator report's <c>?geography=then|today</c> in real Chromium, in sv, nb and en: the choice in the report form,
/// the method printed under the figures, and Viken's 2022 figure (a fylke split in 2024 with no published weight) kept on
/// Viken with the reason when the reader asks for today's units; axe-clean.
/// </summary>
public sealed class IndicatorGeographyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("sv", "som i dag: värdena flyttade till dagens fylken och kommuner", "Indelning: som i dag (", "Värden som stannar på sin gamla enhet")]
    [InlineData("nb", "som i dag: verdiene flyttet til dagens fylker og kommuner", "Inndeling: som i dag (", "Verdier som blir stående på sin gamle enhet")]
    [InlineData("en", "as today: the values moved to today's fylker and kommuner", "Geography: as today (", "Values that stay on their old unit")]
    public async Task GeographyToday_KeepsVikenOnItsOwnUnitWithTheReasonAndHasNoAxeViolations(string language, string todayLabel, string method, string keptHeading)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture={language}&geography=today").ToString());
        var violations = await Axe.ViolationsAsync(page, "indicator-geography-today-" + language);
        var checkedToday = await page.IsCheckedAsync("#report-geography-today");
        var label = await page.TextContentAsync("label[for=report-geography-today]") ?? "";
        var note = await page.TextContentAsync("#report-geography") ?? "";
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/indicators/{ReportSeed.Indicator}?culture={language}").ToString());
        var asThen = await page.TextContentAsync("#report-geography") ?? "";
        var checkedThen = await page.IsCheckedAsync("#report-geography-then");
        await page.CloseAsync();

        Assert.True(checkedToday);
        Assert.Equal(todayLabel, label.Trim());
        Assert.Contains(method, note, StringComparison.Ordinal);
        Assert.Contains(keptHeading, note, StringComparison.Ordinal);
        Assert.Contains("Viken (2022): NO-30 was split into NO-31, NO-32, NO-33; no published weight, so the value is not apportioned", note, StringComparison.Ordinal);
        Assert.True(checkedThen);
        Assert.DoesNotContain("NO-30 was split", asThen, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
