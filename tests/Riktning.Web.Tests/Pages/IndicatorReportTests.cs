using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Riktning.Data;

namespace Riktning.Web.Tests.Pages;

/// <summary>The indicator page as a report: tables over time and by breakdown, the county rank and the tile map.</summary>
public sealed partial class IndicatorReportTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/" + ReportSeed.Indicator;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Default_ShowsOverTimeRankMunicipalitiesAndTileMap(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));

        var html = await site.Client(provider).GetStringAsync($"{Page}?culture=en", TestContext.Current.CancellationToken);
        var text = Text(html);

        // Over time: Värmland and Sweden by default, a row per year.
        Assert.Contains("<th scope=\"col\" class=\"number\">Värmlands län</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">Sverige</th>", html, StringComparison.Ordinal);
        Assert.Equal(["2021", "2022", "2023"], OverTimePeriods(html));
        // Värmland is county 12: 62.5 in 2022; Sweden 59.
        Assert.Contains("<th scope=\"row\">2022</th> <td class=\"number\" data-value=\"62.5\">62.5</td> <td class=\"number\" data-value=\"59\">59</td>", Squeeze(html), StringComparison.Ordinal);
        // Rank: counties 13–20 are higher than Värmland's 63 in 2023.
        Assert.Contains("Värmlands län ranks 9 of 21 counties in 2023, where 1 is best in the desired direction.", text, StringComparison.Ordinal);
        Assert.Contains("Värmlands län 2023: 63; Sverige: 60 (difference +3).", text, StringComparison.Ordinal);
        // Norway: Innlandet in the same year, Viken (a fylke of 2020–2023) with its own latest year; always flagged.
        Assert.Contains("Innlandet 2023 57.25 ⚠ Definitions may differ", text, StringComparison.Ordinal);
        Assert.Contains("Viken 2022 59.75 ⚠ Definitions may differ", text, StringComparison.Ordinal);

        // The municipality breakdown is the default: 16 rows by name, the spread in words.
        Assert.Equal(16, Regex.Count(Regex.Match(html, "<table data-chart=\"bar\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline).Value, "<th scope=\"row\">"));
        Assert.Contains("Of the 15 municipalities with a value, Kil has the lowest (55) and Säffle the highest (77.5); the median is 65.5 and the spread (highest − lowest) 22.5.", text, StringComparison.Ordinal);

        // The tile map: 16 tiles with names and values written in, an accessible name, a legend.
        Assert.Contains("class=\"map-tiles\"", html, StringComparison.Ordinal);
        Assert.Matches("<svg[^>]+role=\"img\"[^>]+aria-labelledby=\"map-title\"", html);
        Assert.Equal(16, Regex.Count(html, "<g data-region=\"SE-17\\d\\d\">"));
        Assert.Matches("<g data-region=\"SE-1780\">\\s*<rect[^>]+>\\s*</rect>\\s*<text[^>]+>Karlstad</text>\\s*<text[^>]+>70</text>", html);
        Assert.Matches("<g data-region=\"SE-1782\">\\s*<rect[^>]+stroke-dasharray=\"4 3\"[^>]*>\\s*</rect>\\s*<text[^>]+>Filipstad</text>\\s*<text[^>]+>no value</text>", html);
        Assert.DoesNotContain("<path d=\"M", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Över tid", "Värmlands län har plats 9 av 21 län år 2023, där 1 är bäst i den önskade riktningen.", "Fördelning: Kön", "Kvinnor")]
    [InlineData("nb", "Over tid", "Värmlands län har plass 9 av 21 svenske län i 2023, der 1 er best i ønsket retning.", "Fordeling: Kjønn", "Kvinner")]
    [InlineData("en", "Over time", "Värmlands län ranks 9 of 21 counties in 2023, where 1 is best in the desired direction.", "Breakdown: Sex", "Women")]
    public async Task Get_SexBreakdownInEachLanguage_ShowsWomenMenAndGap(string culture, string overTime, string rank, string heading, string women)
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));

        var html = await site.Client(DatabaseProvider.Sqlite).GetStringAsync($"{Page}?culture={culture}&breakdown=sex", TestContext.Current.CancellationToken);
        var text = Text(html);

        Assert.Contains($"<h4 id=\"overtime-heading\">{overTime}</h4>", html, StringComparison.Ordinal);
        Assert.Contains(rank, text, StringComparison.Ordinal);
        Assert.Contains($"<h4 id=\"breakdown-heading\">{heading}</h4>", html, StringComparison.Ordinal);
        Assert.Matches($"<th scope=\"row\">{women}</th>\\s*<td class=\"number\" data-value=\"63\">", html);
        Assert.Matches("<option value=\"sex\" selected=\"selected\">", html);
        // 2023: women 63, men 65.5; the gap women − men is −2.5.
        Assert.Contains("−2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("map-tiles", html, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"culture\" value=\"{culture}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Comparisons_AddColumnsAndTheNorwegianNoteAndLinksSelectTheTable()
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));
        var client = site.Client(DatabaseProvider.Sqlite);

        var html = await client.GetStringAsync($"{Page}?culture=en&breakdown=total&compare=SE-01&compare=NO-34&measure={ReportSeed.Measure}", TestContext.Current.CancellationToken);

        Assert.Contains("<th scope=\"col\" class=\"number\">Stockholms län</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">Innlandet</th>", html, StringComparison.Ordinal);
        Assert.Contains("Norwegian and Swedish figures may be defined and delimited differently", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"compare-SE-01\" name=\"compare\" value=\"SE-01\" checked=\"checked\">", html);
        Assert.Matches("<input type=\"checkbox\" id=\"compare-SE-03\" name=\"compare\" value=\"SE-03\">", html);
        Assert.Contains($"href=\"/api/measures/{ReportSeed.Measure}/observations?region=SE-17&amp;region=SE&amp;region=SE-01&amp;region=NO-34&amp;breakdown=total&amp;from=2021&amp;to=2023&amp;format=csv\"", html, StringComparison.Ordinal);

        // The over-time CSV holds exactly the table's cells.
        var table = OverTimeCells(html);
        var csvPath = WebUtility.HtmlDecode(Regex.Match(html, "href=\"([^\"]+format=csv)\"").Groups[1].Value);
        var csv = await client.GetStringAsync(csvPath, TestContext.Current.CancellationToken);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => (f[1], f[2]), f => f[4]);
        Assert.Equal(table.Where(c => c.Value.Length > 0).OrderBy(c => c.Key).ToList(), rows.OrderBy(c => c.Key).ToList());
        Assert.Equal(12, rows.Count);
    }

    [Fact]
    public async Task Get_WithEverythingItLoads_StaysUnder150KilobytesCompressed()
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));
        var client = site.Client(DatabaseProvider.Sqlite);

        var html = await client.GetStringAsync($"{Page}?compare=SE-01&compare=NO-34", TestContext.Current.CancellationToken);
        var (total, assets) = await WeightAsync(client, html);

        Assert.Contains(assets, a => a.StartsWith("/css/", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/charts.js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/charts.css", StringComparison.Ordinal));
        // Issue 13's target: the indicator page with everything it loads on a first visit, compressed.
        Assert.InRange(total, 1, 150 * 1024);
    }

    /// <summary>
    /// The page and every script and style sheet it loads on a first visit, each gzipped as a server would send it: the
    /// ones it links, and the chart style sheet that charts.js adds beside itself (same name, <c>.css</c>) when it draws.
    /// </summary>
    internal static async Task<(long Bytes, List<string> Assets)> WeightAsync(HttpClient client, string html)
    {
        var linked = Regex.Matches(html, "(?:src|href)=\"(/(?:js|css)/[^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var assets = linked
            .Concat(linked.Where(a => a.StartsWith("/js/charts.js", StringComparison.Ordinal)).Select(a => "/js/charts.css" + a["/js/charts.js".Length..]))
            .Distinct().ToList();
        var total = Gzipped(Encoding.UTF8.GetBytes(html));
        foreach (var asset in assets)
        {
            total += Gzipped(await client.GetByteArrayAsync(asset, TestContext.Current.CancellationToken));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"page weight, gzipped: {total} bytes (page {Gzipped(Encoding.UTF8.GetBytes(html))} bytes, {string.Join(", ", assets)})");
        return (total, assets);
    }

    internal static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray().LongLength;
    }

    private static List<string> OverTimePeriods(string html) =>
        [.. Regex.Matches(OverTimeTable(html), "<th scope=\"row\">([^<]+)</th>").Select(m => m.Groups[1].Value)];

    /// <summary>(region name, period) → the invariant data-value of each cell of the over-time table.</summary>
    internal static Dictionary<(string Region, string Period), string> OverTimeCells(string html)
    {
        var table = OverTimeTable(html);
        var regions = Regex.Matches(table, "<th scope=\"col\" class=\"number\">([^<]+)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var cells = new Dictionary<(string, string), string>();
        foreach (Match row in Regex.Matches(table, "<tr>\\s*<th scope=\"row\">(?<period>[^<]+)</th>(?<cells>.*?)</tr>", RegexOptions.Singleline))
        {
            var values = Regex.Matches(row.Groups["cells"].Value, "data-value=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i < regions.Count; i++)
            {
                cells[(regions[i], row.Groups["period"].Value)] = values[i];
            }
        }

        return cells;
    }

    private static string OverTimeTable(string html) => Regex.Match(html, "<table data-chart=\"line\" id=\"overtime-table\"[^>]*>.*?</table>", RegexOptions.Singleline).Value;

    private static string Squeeze(string html) => Regex.Replace(html, "\\s+", " ");

    /// <summary>The page's text as read: tags dropped, entities decoded, white space collapsed.</summary>
    internal static string Text(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), "\\s+", " ").Replace(" .", ".", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal);
}
