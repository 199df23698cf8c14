using System.Net;
using System.Text.RegularExpressions;
using Riktning.Data;

namespace Riktning.Web.Tests.Pages;

public sealed class PageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<DatabaseProvider, string, string, string> PagesInEveryLanguage()
    {
        // (path, language, the page's exact <h1>)
        (string Path, string Sv, string Nb, string En)[] pages =
        [
            ("/", "Värmlandsstrategin 2040", "Värmlandsstrategien 2040", "The Värmland Strategy 2040"),
            ("/focus-areas/forbattra-livsvillkoren", "Förbättra livsvillkoren", "Forbedre levekårene", "Improve living conditions"),
            ("/goals/god-och-jamlik-halsa", "God och jämlik hälsa", "God og likeverdig helse", "Good and equal health"),
            ("/indicators/gymnasiebehorighet", "Gymnasiebehörighet", "Opptaksgrunnlag til videregående skole", "Eligibility for upper secondary school"),
            ("/perspectives", "De fem perspektiven", "De fem perspektivene", "The five perspectives"),
            ("/about", "Värmlandsstrategin 2040", "Värmlandsstrategien 2040", "The Värmland Strategy 2040"),
            ("/norway", "Region Värmlands samarbete med Norge", "Region Värmlands samarbeid med Norge", "Region Värmland's cooperation with Norway"),
            ("/revisions", "Versioner av definitionerna", "Versjoner av definisjonene", "Revisions of the definitions"),
            ("/municipalities", "Värmlands kommuner", "Kommunene i Värmland", "The municipalities of Värmland"),
            ("/municipalities/SE-1780", "Kommunprofil: Karlstad", "Kommuneprofil: Karlstad", "Municipality profile: Karlstad"),
        ];
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var page in pages)
            {
                data.Add(provider, page.Path, "sv", page.Sv);
                data.Add(provider, page.Path, "nb", page.Nb);
                data.Add(provider, page.Path, "en", page.En);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task Get_PageInLanguage_RendersTranslatedHeadingAndLang(DatabaseProvider provider, string path, string language, string heading)
    {
        var client = site.Client(provider);

        var response = await client.GetAsync($"{path}?culture={language}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Equal(heading, WebUtility.HtmlDecode(Regex.Match(html, "<h1>(.*?)</h1>").Groups[1].Value));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Start_ShowsFocusAreasGoalsAndDataStatus(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("Ett hållbart Värmland som förändrar världen", html, StringComparison.Ordinal);
        foreach (var area in new[] { "Förbättra livsvillkoren", "Höja kompetensen", "Utveckla attraktiva platser", "Stärka konkurrenskraften" })
        {
            Assert.Contains(area, html, StringComparison.Ordinal);
        }

        Assert.Contains("Strategin har 4 insatsområden, 13 mål, 39 indikatorer", html, StringComparison.Ordinal);
        Assert.Contains("Ingen statistik har hämtats ännu", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_FocusAreaAndStart_WithoutData_CountEveryMeasureAsTooLittleData(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var area = await client.GetStringAsync("/focus-areas/forbattra-livsvillkoren", TestContext.Current.CancellationToken);
        var start = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        // One line of counts per goal on the focus area page, one per focus area on the start page; symbols beside words.
        var counts = "Måttens läge i Värmland: <span class=\"counts\"><span class=\"assessment assessment-better\"><span aria-hidden=\"true\">▲</span> 0 bättre</span>";
        Assert.Equal(Regex.Count(area, "<article class=\"card\">"), Regex.Count(area, Regex.Escape(counts)));
        Assert.Equal(4, Regex.Count(start, Regex.Escape(counts)));
        Assert.Contains("0 oförändrade</span>, <span class=\"assessment assessment-notenoughdata\"><span aria-hidden=\"true\">–</span> ", start, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_IndicatorWithoutSource_SaysSourceNotChosenAndNoData(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/indicators/bioekonomi", TestContext.Current.CancellationToken);

        Assert.Contains("Källa ej vald ännu", html, StringComparison.Ordinal);
        Assert.Contains("Inga data ännu", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_IndicatorWithKoladaSource_NamesKpi(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/indicators/gymnasiebehorighet?culture=en", TestContext.Current.CancellationToken);

        Assert.Matches("Kolada, KPI [NU]\\d{5}", html);
        Assert.Contains("No data yet", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Norway_ShowsVikenAndAkershusWithPeriods(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/norway", TestContext.Current.CancellationToken);

        Assert.Contains("<th scope=\"row\">Viken</th>", html, StringComparison.Ordinal);
        Assert.Contains("2020-01-01 – 2023-12-31", html, StringComparison.Ordinal);
        Assert.Contains("NO-32", html, StringComparison.Ordinal);
        Assert.Contains("Dialog Sverige-Norge", html, StringComparison.Ordinal);
        Assert.Contains("2019-12-05", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_UnknownGoal_Returns404Page(DatabaseProvider provider)
    {
        var response = await site.Client(provider).GetAsync("/goals/finns-inte", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/municipalities/SE-9999")]
    [InlineData(DatabaseProvider.Postgres, "/municipalities/SE-0180")]
    [InlineData(DatabaseProvider.Sqlite, "/municipalities/SE-17")]
    [InlineData(DatabaseProvider.Postgres, "/municipalities/nonsense")]
    public async Task Get_UnknownOrNonVarmlandMunicipality_Returns404(DatabaseProvider provider, string path)
    {
        var response = await site.Client(provider).GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Municipalities_LinksTheSixteenOfVarmlandFromTheMainNavigation(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var html = await client.GetStringAsync("/municipalities?culture=en", TestContext.Current.CancellationToken);
        var links = Regex.Matches(html, "<a href=\"/municipalities/(SE-17[0-9]{2})\">([^<]+)</a>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        Assert.Equal(16, links.Count);
        Assert.Contains(("SE-1780", "Karlstad"), links);
        Assert.Equal("Arvika", links[0].Item2);
        Assert.Contains("<li><a href=\"/municipalities\">Municipalities</a></li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_MunicipalityWithoutData_ListsEveryMeasureInATablePerFocusArea(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/municipalities/SE-1780", TestContext.Current.CancellationToken);

        Assert.Equal(4, Regex.Count(html, "<table>"));
        Assert.Equal(51, Regex.Count(html, "<td colspan=\"4\">Inga data ännu</td>"));
        Assert.Contains("<th scope=\"col\" class=\"number\">Värmlands län</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">Sverige</th>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LanguageSwitch_SetsCookieAndRedirectsLocally(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var response = await client.GetAsync("/language/nb?returnUrl=%2Fperspectives", TestContext.Current.CancellationToken);
        var offsite = await client.GetAsync("/language/en?returnUrl=https%3A%2F%2Fevil.example", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/perspectives", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Dnb%7Cuic%3Dnb", StringComparison.Ordinal));
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Page_SendsSecurityHeaders(DatabaseProvider provider)
    {
        var response = await site.Client(provider).GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
