using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>The indicator page links each table's data in the open formats, and the files hold what the table shows.</summary>
public sealed partial class IndicatorDownloadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_IndicatorWithData_LinksDownloadsWhoseCsvMatchesTheTable(DatabaseProvider provider)
    {
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            ObservationRow[] rows =
            [
                new("SE-17", "2023", "", 160000, ValueStatus.Present),
                new("SE-17", "2024", "", 161234.5, ValueStatus.Present),
                new("SE", "2024", "", 5712345, ValueStatus.Present),
                new("SE-1780", "2024", "", null, ValueStatus.Confidential),
                new("SE-1715", "2024", "", 4321, ValueStatus.Present, ObservationFlags.Provisional),
                new("SE-1780", "2024", "sex=women", 40000, ValueStatus.Present),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                .ImportAsync(Measure, new ImportOrigin("test", "BE0101N1", "rows typed in the test"), rows, TestContext.Current.CancellationToken);
        }

        var client = site.Client(provider);
        var html = await client.GetStringAsync($"/indicators/befolkning-i-arbetsfor-alder?measure={Measure}", TestContext.Current.CancellationToken);
        var query = $"/api/measures/{Measure}/observations?region=SE-1780&amp;region=SE-1715&amp;breakdown=total&amp;period=2024&amp;format=";

        Assert.Contains($"href=\"{query}csv\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{query}json-stat2\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{query}xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains(">Ladda ned som CSV</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Ladda ned som Excel</a>", html, StringComparison.Ordinal);

        // The page's municipality table: region name → value from the machine-readable data-value.
        var breakdown = Regex.Match(html, "<table data-chart=\"bar\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline).Value;
        var table = Row().Matches(breakdown)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["region"].Value), m => ParseValue(m.Groups["value"].Value), StringComparer.Ordinal);
        var csv = await client.GetStringAsync(WebUtility.HtmlDecode(query) + "csv", TestContext.Current.CancellationToken);
        var file = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[1], f => ParseValue(f[4]), StringComparer.Ordinal);

        Assert.Equal(2, table.Count);
        Assert.Equal(file.OrderBy(p => p.Key, StringComparer.Ordinal), table.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(4321, table["Kil"]);
        Assert.Null(table["Karlstad"]);

        // Flags: the letter beside the figure, its words for a screen reader, the legend, and the same letters in the
        // CSV's flags column and (read back by the importers' own reader) in json-stat2's status.
        var flags = Row().Matches(breakdown).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["region"].Value), m => m.Groups["flags"].Value, StringComparer.Ordinal);
        Assert.Equal("p", flags["Kil"]);
        Assert.Equal("c", flags["Karlstad"]);
        Assert.Equal("region,region_name,period,breakdown,value,status,flags,source,breakdown_label", csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[0]);
        Assert.Equal(flags.OrderBy(p => p.Key, StringComparer.Ordinal), csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(',')).ToDictionary(f => f[1], f => f[6], StringComparer.Ordinal).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains("<abbr class=\"flags\" title=\"Preliminärt värde\" aria-hidden=\"true\">p</abbr><span class=\"visually-hidden\"> (Preliminärt värde)</span>", breakdown, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"flag-legend-heading\">Flaggor vid värden</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Tidsseriebrott</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Sekretessbelagt</dd>", html, StringComparison.Ordinal);
        using var jsonStat = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(WebUtility.HtmlDecode(query) + "json-stat2", TestContext.Current.CancellationToken));
        var status = jsonStat.RootElement.GetProperty("status").EnumerateObject().Select(p => StatusSymbols.Read(p.Value.GetString())).ToList();
        Assert.Contains((ValueStatus?)null, status.Select(s => s?.Status));
        Assert.Contains(((ValueStatus?)null, ObservationFlags.Provisional), status.OfType<(ValueStatus?, ObservationFlags)>());
        Assert.Contains(((ValueStatus?)ValueStatus.Confidential, ObservationFlags.None), status.OfType<(ValueStatus?, ObservationFlags)>());
    }

    private static double? ParseValue(string text) => text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("<th scope=\"row\">(?<region>[^<]+)</th>\\s*<td class=\"number\" data-value=\"(?<value>[^\"]*)\"(?: data-flags=\"(?<flags>[^\"]*)\")?>", RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
