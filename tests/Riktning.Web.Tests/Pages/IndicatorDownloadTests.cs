using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>The indicator page links each measure's data in the open formats, and the files hold what the page shows.</summary>
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
                new("SE-1715", "2024", "", 4321, ValueStatus.Provisional),
                new("SE-1780", "2024", "sex=women", 40000, ValueStatus.Present),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                .ImportAsync(Measure, new ImportOrigin("test", "BE0101N1", "rows typed in the test"), rows, TestContext.Current.CancellationToken);
        }

        var client = site.Client(provider);
        var html = await client.GetStringAsync("/indicators/befolkning-i-arbetsfor-alder", TestContext.Current.CancellationToken);
        var csvPath = $"/api/measures/{Measure}/observations?format=csv";

        Assert.Contains($"href=\"{csvPath}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/measures/{Measure}/observations?format=json-stat2\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/measures/{Measure}/observations?format=xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains(">Ladda ned som CSV</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Ladda ned som Excel</a>", html, StringComparison.Ordinal);

        // The page's table of latest values: region name → (period, value) from the machine-readable data-value.
        var table = LatestRow().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["region"].Value), m => (m.Groups["period"].Value, ParseValue(m.Groups["value"].Value)), StringComparer.Ordinal);
        var csv = await client.GetStringAsync(csvPath, TestContext.Current.CancellationToken);
        var totals = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[3] == "total" && f[2] == "2024")
            .ToDictionary(f => f[1], f => (f[2], ParseValue(f[4])), StringComparer.Ordinal);

        Assert.Equal(4, table.Count);
        Assert.Equal(totals.OrderBy(p => p.Key, StringComparer.Ordinal), table.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(("2024", 161234.5), table["Värmlands län"]);
        Assert.Equal(("2024", (double?)null), table["Karlstad"]);
    }

    private static double? ParseValue(string text) => text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("<th scope=\"row\">(?<region>[^<]+)</th>\\s*<td>(?<period>[^<]+)</td>\\s*<td class=\"number\" data-value=\"(?<value>[^\"]*)\">", RegexOptions.CultureInvariant)]
    private static partial Regex LatestRow();
}
