using System.Text;
using System.Text.RegularExpressions;
using Riktning.Data;

namespace Riktning.Web.Tests.Pages;

/// <summary>Once municipal boundaries are imported, the indicator page draws a choropleth instead of the tile map.</summary>
public sealed class IndicatorChoroplethTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sv", "Kommungränser: se_kommuner_290.geojson.")]
    [InlineData(DatabaseProvider.Sqlite, "nb", "Kommunegrenser: se_kommuner_290.geojson.")]
    [InlineData(DatabaseProvider.Sqlite, "en", "Municipal boundaries: se_kommuner_290.geojson.")]
    [InlineData(DatabaseProvider.Postgres, "en", "Municipal boundaries: se_kommuner_290.geojson.")]
    public async Task Get_WithBoundaries_DrawsOneOutlinePerMunicipalityAndStaysLight(DatabaseProvider provider, string culture, string source)
    {
        await ReportSeed.ImportAsync(site.Services(provider), boundaries: true);

        var client = site.Client(provider);
        var html = await client.GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture={culture}", TestContext.Current.CancellationToken);
        var svg = Regex.Match(html, "<svg[^>]+class=\"map-choropleth\".*?</svg>", RegexOptions.Singleline).Value;

        Assert.Matches("<svg[^>]+role=\"img\"[^>]+aria-labelledby=\"map-title\"", svg);
        Assert.Equal(16, Regex.Count(svg, "<path d=\"M[0-9.,LMZ]+\" data-region=\"SE-17\\d\\d\""));
        Assert.Matches("<path d=\"M[^\"]+\" data-region=\"SE-1780\" fill=\"#[0-9a-f]{6}\"[^>]*><title>Karlstad: 70</title></path>", svg);
        Assert.Matches("data-region=\"SE-1782\" fill=\"#ffffff\"", svg);
        Assert.Contains(source, html, StringComparison.Ordinal);
        Assert.DoesNotContain("map-tiles", html, StringComparison.Ordinal);
        // Simplified on import: the whole map, uncompressed, is a small part of the page budget.
        Assert.InRange(Encoding.UTF8.GetByteCount(svg), 5_000, 60_000);
        Assert.InRange(IndicatorReportTests.Gzipped(Encoding.UTF8.GetBytes(html)), 1, 40_000);
        Assert.InRange((await IndicatorReportTests.WeightAsync(client, html)).Bytes, 1, 300 * 1024);
    }
}
