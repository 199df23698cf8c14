using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>Once statistics are imported, the pages show them instead of "no data yet".</summary>
public sealed class IndicatorDataTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_IndicatorAfterImport_ShowsLatestValuesAndStatuses(DatabaseProvider provider)
    {
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            ObservationRow[] rows =
            [
                new("SE-17", "2023", "", 160000, ValueStatus.Present),
                new("SE-17", "2024", "", 161234.5, ValueStatus.Present),
                new("SE-1780", "2024", "", null, ValueStatus.Confidential),
                new("SE-1780", "2024", "sex=women", 40000, ValueStatus.Present),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                .ImportAsync("folkmangd-20-64", new ImportOrigin("test", "BE0101N1", "rows typed in the test"), rows, TestContext.Current.CancellationToken);
        }

        var client = site.Client(provider);
        var indicator = await client.GetStringAsync("/indicators/befolkning-i-arbetsfor-alder?culture=en", TestContext.Current.CancellationToken);
        var goal = await client.GetStringAsync("/goals/hallbar-arbetsmarknad?culture=en", TestContext.Current.CancellationToken);
        var start = await client.GetStringAsync("/?culture=en", TestContext.Current.CancellationToken);
        var area = await client.GetStringAsync("/focus-areas/hoja-kompetensen?culture=en", TestContext.Current.CancellationToken);

        Assert.Contains("<th scope=\"col\" class=\"number\">Värmlands län</th>", indicator, StringComparison.Ordinal);
        Assert.Contains("161,234.5", indicator, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Karlstad</th>", indicator, StringComparison.Ordinal);
        Assert.Contains("Confidential", indicator, StringComparison.Ordinal);
        Assert.Contains("4 values, latest 2024", goal, StringComparison.Ordinal);
        Assert.Contains("2023: 160,000", indicator, StringComparison.Ordinal);
        Assert.Contains("2021 is missing; the first period after it is used as the baseline.", indicator, StringComparison.Ordinal);
        Assert.Contains("+1,234.5", System.Net.WebUtility.HtmlDecode(indicator), StringComparison.Ordinal);
        Assert.Contains("Unchanged</span>", indicator, StringComparison.Ordinal);
        Assert.Contains(" better, ▼ 0 worse, ◆ 1 unchanged, ", Text(goal), StringComparison.Ordinal);
        // The focus area shows each goal's counts and the start page each area's: the one measure with data is unchanged.
        Assert.Contains("Status of the measures in Värmland: ▲ 0 better, ▼ 0 worse, ◆ 1 unchanged, – ", Text(area), StringComparison.Ordinal);
        Assert.Contains("Status of the measures in Värmland: ▲ 0 better, ▼ 0 worse, ◆ 1 unchanged, – ", Text(start), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(Text(start), "◆ 1 unchanged"));
        Assert.Contains("1 of 55 measures have statistics (4 values)", start, StringComparison.Ordinal);
        // Each indicator at a glance, as symbol and word: the one with data is unchanged, the others lack data.
        Assert.Contains("Working-age population ◆ Unchanged", Text(goal), StringComparison.Ordinal);
        Assert.Contains("Working-age population: ◆ Unchanged", Text(area), StringComparison.Ordinal);
        Assert.Contains("Lifelong learning: – Not enough data", Text(area), StringComparison.Ordinal);
    }

    /// <summary>The page's text as read: tags dropped, entities decoded, white space collapsed.</summary>
    private static string Text(string html) =>
        Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), "\\s+", " ");
}
