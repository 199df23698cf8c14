using System.Text.RegularExpressions;
using Riktning.Data;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The indicator page's gaps over time for <see cref="ReportSeed"/>: women − men is −2.5 in 2021, 2022 and 2023
/// (unchanged); the municipalities have values in 2023 only, 55 to 77.5 (spread 22.5, one period: not enough data).
/// </summary>
public sealed class IndicatorGapTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_WithBreakdowns_ShowsGapSummaryAndTableOverTime(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));

        var html = await site.Client(provider).GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture=en", TestContext.Current.CancellationToken);
        // Whitespace around tags is layout only; the figures and words are what is checked.
        var tight = Regex.Replace(Regex.Replace(html, @"\s+", " "), @"\s*(<[^>]+>)\s*", "$1");

        Assert.Contains($"<h3 id=\"gaps-{ReportSeed.Measure}\">Gaps over time:", tight, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Sex</th><td>women − men</td><td class=\"number\">2021: -2.5</td><td class=\"number\">2023: -2.5</td><td class=\"number\">0</td><td><span class=\"assessment assessment-unchanged\"><span aria-hidden=\"true\">◆</span>Unchanged</span></td>", tight, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Municipality</th><td>highest − lowest<br><small>latest [^<]+ − [^<]+</small></td><td class=\"number\">2023: 22.5</td><td class=\"number\">2023: 22.5</td><td class=\"number\">0</td><td><span class=\"assessment assessment-notenoughdata\"><span aria-hidden=\"true\">–</span>Not enough data</span></td>", tight);
        var table = Regex.Match(tight, $"<table id=\"gaps-{ReportSeed.Measure}-table\" data-chart=\"line\">.*?</table>").Value;
        Assert.Contains("<th scope=\"row\">2021</th><td class=\"number\" data-value=\"-2.5\">-2.5</td><td class=\"number\" data-value=\"\">–</td>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2023</th><td class=\"number\" data-value=\"-2.5\">-2.5</td><td class=\"number\" data-value=\"22.5\">22.5</td>", table, StringComparison.Ordinal);
    }
}
