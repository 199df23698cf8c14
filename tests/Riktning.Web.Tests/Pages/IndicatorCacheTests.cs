using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The pages' analysis and data status are kept per store version: an import is seen by the next request, and
/// requests at the same version read no observations again.
/// </summary>
public sealed class IndicatorCacheTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/" + ReportSeed.Indicator + "?culture=en";
    private const string GoalPage = "/goals/hallbar-arbetsmarknad?culture=en";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_IndicatorAfterImport_ShowsTheNewValueAndStatus(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var client = site.Client(provider);
        var before = Squeeze(await client.GetStringAsync(Page, Cancel));
        var goalBefore = await client.GetStringAsync(GoalPage, Cancel);

        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                ReportSeed.Measure,
                new ImportOrigin("test", "N01961", "a revised 2022 and a new 2024"),
                [new("SE-17", "2022", "", 70.25, ValueStatus.Present), new("SE-17", "2024", "", 71.5, ValueStatus.Present)],
                Cancel);
        }

        var after = Squeeze(await client.GetStringAsync(Page, Cancel));
        var goalAfter = await client.GetStringAsync(GoalPage, Cancel);

        Assert.Contains("<th scope=\"row\">2022</th> <td class=\"number\" data-value=\"62.5\">62.5</td>", before, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2022</th> <td class=\"number\" data-value=\"70.25\">70.25</td>", after, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2024</th> <td class=\"number\" data-value=\"71.5\">71.5</td>", after, StringComparison.Ordinal);
        Assert.Contains("96 values, latest 2023", goalBefore, StringComparison.Ordinal);
        Assert.Contains("97 values, latest 2024", goalAfter, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_PagesTwiceAtTheSameVersion_ReadTheObservationsOnce(DatabaseProvider provider)
    {
        var reads = new ObservationReads();
        await using var counted = site.Factory(provider).WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteRiktningDb>((_, o) => o.AddInterceptors(reads));
            services.ConfigureDbContext<PostgresRiktningDb>((_, o) => o.AddInterceptors(reads));
        }));
        await ReportSeed.ImportAsync(counted.Services);
        var client = counted.CreateClient();
        string[] pages = [Page, "/?culture=en", GoalPage, "/focus-areas/hoja-kompetensen?culture=en", Page + "&breakdown=sex"];
        var beforeFirst = reads.Count;

        foreach (var page in pages)
        {
            await client.GetStringAsync(page, Cancel);
        }

        var afterFirst = reads.Count;
        foreach (var page in pages)
        {
            await client.GetStringAsync(page, Cancel);
        }

        // The first views read the data status, the measure's points and Värmland's totals (the status may also have
        // been read by the warm-up at start); the second views read nothing.
        Assert.InRange(afterFirst - beforeFirst, 2, 4);
        Assert.Equal(afterFirst, reads.Count);
    }

    private static string Squeeze(string html) => Regex.Replace(html, "\\s+", " ");
}
