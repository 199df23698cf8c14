using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The gap summary names, of categories tied for the highest or lowest value, the one the source lists first, with the
/// source's label: the age groups 65+ and 20-64 tie at the top and 0-19 and 16-19 at the bottom, and the source lists
/// 65+ and 16-19 first, whose codes' text would come last.
/// </summary>
public sealed class IndicatorGapTieTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_CategoriesTie_GapNamesTheFirstInTheSourcesOrderByItsLabel(DatabaseProvider provider)
    {
        string[] ages = ["65+", "16-19", "20-64", "0-19"];
        double[] values = [80, 10, 80, 10];
        var rows = new List<ObservationRow>();
        foreach (var year in new[] { "2021", "2023" })
        {
            rows.Add(new("SE-17", year, "", 60, ValueStatus.Present));
            rows.AddRange(ages.Select((age, i) => new ObservationRow("SE-17", year, $"age={age}", values[i], ValueStatus.Present)));
        }

        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                ReportSeed.Measure, new ImportOrigin("test", null, "rows typed in the test"), rows, 0,
                [.. ages.Select((age, i) => new BreakdownCategory { MeasureId = ReportSeed.Measure, Breakdown = "age", Code = age, Language = "en", Label = $"aged {age}", Position = i })],
                TestContext.Current.CancellationToken);
        }

        // The page encodes "+" as "&#x2B;".
        var html = System.Net.WebUtility.HtmlDecode(await site.Client(provider).GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture=en", TestContext.Current.CancellationToken));

        Assert.Contains("latest aged 65+ − aged 16-19", html, StringComparison.Ordinal);
        Assert.DoesNotContain("latest aged 20-64 − aged 0-19", html, StringComparison.Ordinal);
    }
}
