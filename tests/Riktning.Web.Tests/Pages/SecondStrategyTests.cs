using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// A second strategy for another county (the Dalarna example in <c>strategies/examples/</c>) loaded beside
/// Värmlandsstrategin: its pages under <c>/strategies/dalarna-exempel/</c> show Dalarna and its municipalities, while
/// Värmland's stay at <c>/</c>.
/// </summary>
public sealed class SecondStrategyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Root = "/strategies/dalarna-exempel";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_ExampleStart_ShowsItsOwnStrategyAndRegionWhileVarmlandStaysTheSite(DatabaseProvider provider)
    {
        var client = await LoadExampleAsync(provider);

        var example = await client.GetStringAsync($"{Root}/", TestContext.Current.CancellationToken);
        var varmland = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("Exempel: en utvecklingsstrategi för Dalarna", Heading(example));
        Assert.Contains("Måttens läge i Dalarna:", example, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Root}/focus-areas/exempel-livskvalitet\"", example, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Root}/municipalities\"", example, StringComparison.Ordinal);
        Assert.Equal("Värmlandsstrategin 2040", Heading(varmland));
        Assert.Contains("Måttens läge i Värmland:", varmland, StringComparison.Ordinal);
        Assert.DoesNotContain("Dalarna", varmland, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sv", "Dalarnas kommuner")]
    [InlineData(DatabaseProvider.Postgres, "nb", "Kommunene i Dalarna")]
    [InlineData(DatabaseProvider.Sqlite, "en", "The municipalities of Dalarna")]
    public async Task Get_ExampleMunicipalities_ListsDalarnasFifteenAndLinksTheirProfiles(DatabaseProvider provider, string language, string heading)
    {
        var client = await LoadExampleAsync(provider);

        var html = await client.GetStringAsync($"{Root}/municipalities?culture={language}", TestContext.Current.CancellationToken);

        Assert.Equal(heading, Heading(html));
        Assert.Equal(15, Regex.Count(html, $"href=\"{Root}/municipalities/SE-20\\d\\d\""));
        Assert.Contains(">Falun</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Karlstad", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_ExampleIndicatorAndProfile_AfterImport_ShowDalarnaItsTileMapAndFalunBesideDalarnaAndSweden(DatabaseProvider provider)
    {
        var client = await LoadExampleAsync(provider);
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            ObservationRow[] rows =
            [
                new("SE-20", "2021", "", 70, ValueStatus.Present),
                new("SE-20", "2023", "", 72, ValueStatus.Present),
                new("SE", "2023", "", 71, ValueStatus.Present),
                new("SE-17", "2023", "", 69, ValueStatus.Present),
                new("SE-2080", "2023", "", 74, ValueStatus.Present),
                new("SE-2062", "2023", "", 68, ValueStatus.Present),
                new("SE-1780", "2023", "", 66, ValueStatus.Present),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                "dalarna-bra-sjalvskattat-halsotillstand", new ImportOrigin("test", null, "rows typed in the test"), rows, TestContext.Current.CancellationToken);
        }

        var indicator = await client.GetStringAsync($"{Root}/indicators/exempel-sjalvskattad-halsa", TestContext.Current.CancellationToken);
        var profile = await client.GetStringAsync($"{Root}/municipalities/SE-2080?culture=en", TestContext.Current.CancellationToken);
        var notDalarna = await client.GetAsync($"{Root}/municipalities/SE-1780", TestContext.Current.CancellationToken);

        Assert.Contains("<caption>Utveckling i Dalarnas län mot basåret", WebUtility.HtmlDecode(indicator), StringComparison.Ordinal);
        Assert.Contains("Karta över Dalarnas kommuner", indicator, StringComparison.Ordinal);
        // The tile map is Dalarna's (regions/tiles/se-20.csv): Falun's and Mora's tiles, no Värmland municipality.
        Assert.Contains(">Falun<", indicator, StringComparison.Ordinal);
        Assert.Contains(">Mora<", indicator, StringComparison.Ordinal);
        Assert.DoesNotContain("Karlstad", indicator, StringComparison.Ordinal);
        Assert.Contains("Municipality profile: Falun", WebUtility.HtmlDecode(profile), StringComparison.Ordinal);
        Assert.Contains("2023 74 72 71", Text(profile), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notDalarna.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/strategies/no-such-strategy/")]
    [InlineData(DatabaseProvider.Postgres, "/strategies/no-such-strategy/municipalities")]
    [InlineData(DatabaseProvider.Sqlite, "/strategies/norge-samarbete/")]
    public async Task Get_StrategyThatIsNotLoaded_IsNotFound(DatabaseProvider provider, string path)
    {
        var client = await LoadExampleAsync(provider);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Revisions_LinksEachStrategyWhereItIsRead(DatabaseProvider provider)
    {
        var client = await LoadExampleAsync(provider);

        var html = await client.GetStringAsync("/revisions", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"{Root}/?revision=1\"", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/\\?revision=\\d+\"", html);
    }

    private async Task<HttpClient> LoadExampleAsync(DatabaseProvider provider)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StrategyLoader>()
            .LoadFileAsync(RepositoryPaths.Strategies(Path.Combine("examples", "dalarna-exempel.yaml")), TestContext.Current.CancellationToken);
        return site.Client(provider);
    }

    private static string Heading(string html) => WebUtility.HtmlDecode(Regex.Match(html, "<h1>(.*?)</h1>").Groups[1].Value);

    /// <summary>The page's text as read: tags dropped, entities decoded, white space collapsed.</summary>
    private static string Text(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), "\\s+", " ");
}
