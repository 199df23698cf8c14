using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The map names who published its outlines and their licence, as the boundary import recorded them: from the import's
/// options (<c>--source</c>, <c>--licence</c>) or from the GeoJSON file's own metadata, never from a constant.
/// </summary>
public sealed class MapAttributionTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string Municipalities = RepositoryPaths.SharedData("geo", "se_kommuner_290.geojson");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sv", "Kommungränser: Lantmäteriet/SCB, CC BY 4.0 (se_kommuner_290.geojson).")]
    [InlineData(DatabaseProvider.Postgres, "en", "Municipal boundaries: Lantmäteriet/SCB, CC BY 4.0 (se_kommuner_290.geojson).")]
    public async Task Get_BoundariesImportedWithSourceAndLicence_NamesThemUnderTheMap(DatabaseProvider provider, string culture, string expected)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        await ImportAsync(provider, Municipalities, "Lantmäteriet/SCB", "CC BY 4.0");

        var html = await site.Client(provider).GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture={culture}", TestContext.Current.CancellationToken);

        Assert.Contains("class=\"map-choropleth\"", html, StringComparison.Ordinal);
        Assert.Contains(expected, IndicatorReportTests.Text(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_BoundariesWithTheirOwnMetadata_NamesTheFilesSourceAndLicence(DatabaseProvider provider)
    {
        // The same outlines, saved with the publisher and licence as the file's own members.
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Municipalities, TestContext.Current.CancellationToken))!.AsObject();
        document["metadata"] = new JsonObject { ["source"] = "Valmyndigheten via opendatasoft", ["license"] = "CC0 1.0" };
        var directory = Directory.CreateTempSubdirectory("riktning-boundaries-");
        try
        {
            var path = Path.Combine(directory.FullName, "kommuner-med-metadata.geojson");
            await File.WriteAllTextAsync(path, document.ToJsonString(), TestContext.Current.CancellationToken);
            await ReportSeed.ImportAsync(site.Services(provider));
            await ImportAsync(provider, path, null, null);

            var html = await site.Client(provider).GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture=en", TestContext.Current.CancellationToken);

            Assert.Contains("Municipal boundaries: Valmyndigheten via opendatasoft, CC0 1.0 (kommuner-med-metadata.geojson).", IndicatorReportTests.Text(html), StringComparison.Ordinal);

            // The command's options win over the file's metadata.
            await ImportAsync(provider, path, "Lantmäteriet", null);
            html = await site.Client(provider).GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture=en", TestContext.Current.CancellationToken);
            Assert.Contains("Municipal boundaries: Lantmäteriet, CC0 1.0 (kommuner-med-metadata.geojson).", IndicatorReportTests.Text(html), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task ImportAsync(DatabaseProvider provider, string path, string? source, string? licence)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BoundaryImporter>().ImportAsync(path, "SE", "id", source, licence, TestContext.Current.CancellationToken);
    }
}
