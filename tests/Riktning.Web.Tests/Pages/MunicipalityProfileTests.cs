using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>A municipality's profile shows its latest totals beside Värmland's and Sweden's for the same period.</summary>
public sealed class MunicipalityProfileTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_MunicipalityAfterImport_ShowsItsLatestTotalBesideVarmlandAndSwedenInTheSamePeriod(DatabaseProvider provider)
    {
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            ObservationRow[] rows =
            [
                new("SE-17", "2023", "", 150000, ValueStatus.Present),
                new("SE", "2023", "", 5500000, ValueStatus.Present),
                new("SE-1715", "2023", "", 4200, ValueStatus.Present),
                new("SE-17", "2024", "", 151000, ValueStatus.Present),
                new("SE-1715", "2024", "sex=women", 2000, ValueStatus.Present),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                .ImportAsync("folkmangd-20-64", new ImportOrigin("test", "BE0101N1", "rows typed in the test"), rows, TestContext.Current.CancellationToken);
        }

        var html = await site.Client(provider).GetStringAsync("/municipalities/SE-1715?culture=en", TestContext.Current.CancellationToken);
        var text = Text(html);

        // Kil's latest total is 2023 (2024 has only a breakdown), so Värmland and Sweden are shown for 2023 too.
        Assert.Contains("Municipality profile: Kil", text, StringComparison.Ordinal);
        Assert.Contains("2023 4,200 150,000 5,500,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("151,000", text, StringComparison.Ordinal);
        Assert.Equal(50, Regex.Count(html, "<td colspan=\"4\">No data yet</td>"));
    }

    /// <summary>The page's text as read: tags dropped, entities decoded, white space collapsed.</summary>
    private static string Text(string html) =>
        Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), "\\s+", " ");
}
