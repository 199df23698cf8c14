using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder;
using Riktning.Data;

namespace Riktning.Web.Tests.Cooperation;

public sealed partial class CooperationPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<DatabaseProvider, string, string, string> PagesInEveryLanguage()
    {
        (string Path, string Sv, string Nb, string En)[] pages =
        [
            ("/cooperation/projects", "Gränsöverskridande projekt", "Grenseoverskridende prosjekter", "Cross-border projects"),
            ("/cooperation/overview", "Projekt per samverkansområde och region", "Prosjekter per samarbeidsområde og region", "Projects by cooperation area and region"),
            ("/cooperation/agreements", "Samarbetsavtal", "Samarbeidsavtaler", "Cooperation agreements"),
            ("/cooperation/activities", "Aktiviteter över gränsen", "Aktiviteter over grensen", "Activities across the border"),
            ("/cooperation/knowledge", "Kunskapsbank om gränsregionen", "Kunnskapsbase om grenseregionen", "Knowledge base on the border region"),
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
    public async Task Get_RegistryPageInLanguage_RendersTranslatedHeadingWithoutScripts(DatabaseProvider provider, string path, string language, string heading)
    {
        var response = await site.Client(provider).GetAsync($"{path}?culture={language}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Equal(heading, WebUtility.HtmlDecode(H1().Match(html).Groups[1].Value));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("CrossBorder.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_ProjectsFilteredAndDetail_ShowMatchesLinksAndExport(DatabaseProvider provider)
    {
        var id = await RegistryAuthorizationTests.SeedAsync(site.Factory(provider), "projects", RegistryAuthorizationTests.Owner);
        string name;
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            name = (await scope.ServiceProvider.GetRequiredService<CrossBorderRegistry>().FindProjectAsync(id, TestContext.Current.CancellationToken))!.Name;
        }

        var client = site.Client(provider);
        var list = await client.GetStringAsync($"/cooperation/projects?q={Uri.EscapeDataString(name)}&region=SE-17&year=2024&culture=en", TestContext.Current.CancellationToken);
        var none = await client.GetStringAsync($"/cooperation/projects?q={Uri.EscapeDataString(name)}&region=NO-31", TestContext.Current.CancellationToken);
        var detail = await client.GetStringAsync($"/cooperation/projects/{id}?culture=nb", TestContext.Current.CancellationToken);
        var csv = await client.GetStringAsync($"/cooperation/projects?q={Uri.EscapeDataString(name)}&handler=csv", TestContext.Current.CancellationToken);
        var missing = await client.GetAsync("/cooperation/projects/999999", TestContext.Current.CancellationToken);

        Assert.Contains("1 projects match.", list, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/cooperation/projects/{id}\">{name}</a>", list, StringComparison.Ordinal);
        Assert.Contains("handler=csv", list, StringComparison.Ordinal);
        Assert.Contains("0 projekt matchar.", none, StringComparison.Ordinal);
        Assert.Equal(name, WebUtility.HtmlDecode(H1().Match(detail).Groups[1].Value));
        Assert.Contains("Arvika kommun", detail, StringComparison.Ordinal);
        Assert.Contains("Innlandet (NO-34)", detail, StringComparison.Ordinal);
        Assert.Equal(2, csv.Trim().Split('\n').Length);
        Assert.Contains("seeded-", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Overview_DrawsEveryBorderRegionTileWithNameAndCount(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/cooperation/overview?culture=sv", TestContext.Current.CancellationToken);

        Assert.Contains("role=\"img\" aria-labelledby=\"map-title map-desc\"", html, StringComparison.Ordinal);
        foreach (var name in new[] { "Värmlands län", "Dalarnas län", "Västra Götalands län", "Innlandet", "Viken", "Østfold", "Akershus", "Buskerud", "Oslo" })
        {
            Assert.Contains($"class=\"tile-name\">{name}</text>", html, StringComparison.Ordinal);
        }

        Assert.Equal(9, TileCount().Count(html));
        Assert.Contains("<caption>Antal registrerade projekt per prioriterat samverkansområde och region</caption>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Norway_LinksToTheRegistry(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/norway", TestContext.Current.CancellationToken);

        foreach (var path in new[] { "/cooperation/projects", "/cooperation/overview", "/cooperation/agreements", "/cooperation/activities", "/cooperation/knowledge" })
        {
            Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_SampleProjects_CarryTheSampleDataNotice(DatabaseProvider provider)
    {
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<CrossBorderRegistry>();
            await scope.ServiceProvider.GetRequiredService<ProjectImporter>()
                .ImportAsync(SampleProjects.Create(await registry.ReferencesAsync(TestContext.Current.CancellationToken)), cancellationToken: TestContext.Current.CancellationToken);
        }

        var html = await site.Client(provider).GetStringAsync("/cooperation/projects?q=exempeldata&culture=en", TestContext.Current.CancellationToken);

        Assert.Contains("<p class=\"notice\">Sample data: invented projects that show how the registry works, not real projects.</p>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h1>(.*?)</h1>")]
    private static partial Regex H1();

    [GeneratedRegex("class=\"tile-count\">\\d+ projekt</text>")]
    private static partial Regex TileCount();
}
