using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Strategy;

namespace Riktning.Web.Tests.Cooperation;

/// <summary>The border-region view: every comparable pair with its difference note, the not-comparable one refused, both geographies, the map across the border.</summary>
public sealed class BorderRegionPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sv")]
    [InlineData(DatabaseProvider.Sqlite, "nb")]
    [InlineData(DatabaseProvider.Postgres, "en")]
    public async Task Get_ShowsEveryComparablePairWithItsDifferencesAndRefusesTheNotComparableOne(DatabaseProvider provider, string language)
    {
        await SeedAsync(provider);
        var strategy = (await site.Services(provider).GetRequiredService<SiteDefinitions>().StrategyAsync(null, TestContext.Current.CancellationToken))!.Definition;

        var response = await site.Client(provider).GetAsync($"/cooperation/border-region?culture={language}", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains(strategy.Comparisons, p => p.Comparability == Comparability.NotComparable);
        foreach (var pair in strategy.Comparisons)
        {
            var differences = pair.Differences.In(language).Text;
            if (pair.Comparability == Comparability.NotComparable)
            {
                Assert.DoesNotContain($"id=\"pair-{pair.Id}\"", html, StringComparison.Ordinal);
                Assert.Contains(differences, Section(html, $"refused-{pair.Id}"), StringComparison.Ordinal);
            }
            else
            {
                // The table and its written differences, in the same section: never one without the other.
                var section = Section(html, $"pair-{pair.Id}");
                Assert.Contains("<table>", section, StringComparison.Ordinal);
                Assert.Contains(differences, section, StringComparison.Ordinal);
            }
        }

        // Every region the definition names, and both countries, have a row.
        var population = Section(html, $"pair-{BorderRegionSeed.PopulationPair}");
        foreach (var key in new[] { "SE-17", "SE-20", "SE-14", "SE", "NO-34", "NO-31", "NO-32", "NO-33", "NO-30", "NO" })
        {
            Assert.Contains($"<tr data-region=\"{key}\">", population, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_AsThenAndAsToday_HarmonisesTheAgesAndKeepsVikenWithItsReason(DatabaseProvider provider)
    {
        await SeedAsync(provider);
        var client = site.Client(provider);

        var then = WebUtility.HtmlDecode(await client.GetStringAsync("/cooperation/border-region?culture=en", TestContext.Current.CancellationToken));
        var today = WebUtility.HtmlDecode(await client.GetStringAsync("/cooperation/border-region?geography=today&culture=en", TestContext.Current.CancellationToken));

        // SSB's 1 January 2024 is SCB's 2023: 45 single years × 4 000 = 180 000 for Innlandet.
        var population = Section(then, $"pair-{BorderRegionSeed.PopulationPair}");
        Assert.Contains("<td>2023 (published as 2024)</td>", Row(population, "NO-34"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">180,000</td>", Row(population, "NO-34"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">160,000</td>", Row(population, "SE-17"), StringComparison.Ordinal);
        // As published, Viken shows its own last year: 45 × 15 000 on 1 January 2023, SCB's 2022.
        Assert.Contains("2022 (published as 2023)", Row(population, "NO-30"), StringComparison.Ordinal);
        Assert.Contains("675,000", Row(population, "NO-30"), StringComparison.Ordinal);
        Assert.Contains("Geography: as then.", population, StringComparison.Ordinal);

        // As today, Viken was split without a published weight: no value on today's units, and the reason listed.
        var converted = Section(today, $"pair-{BorderRegionSeed.PopulationPair}");
        Assert.Contains("no value", Row(converted, "NO-30"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">180,000</td>", Row(converted, "NO-34"), StringComparison.Ordinal);
        Assert.Contains("Geography: as today (", converted, StringComparison.Ordinal);
        Assert.Matches("<li>Viken \\(2023\\): NO-30 was split into NO-31, NO-32, NO-33; no published weight, so the value is not apportioned</li>", converted);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_NotComparablePairAsked_IsRefusedWithItsReason(DatabaseProvider provider)
    {
        await SeedAsync(provider);
        var strategy = (await site.Services(provider).GetRequiredService<SiteDefinitions>().StrategyAsync(null, TestContext.Current.CancellationToken))!.Definition;
        var pair = strategy.Comparisons.Single(p => p.Id == BorderRegionSeed.NotComparablePair);

        var response = await site.Client(provider).GetAsync($"/cooperation/border-region?pair={pair.Id}&culture=nb", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(pair.Differences.Nb!, Section(html, "refused"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client(provider).GetAsync("/cooperation/border-region?pair=no-such-pair", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_WithRealBoundaries_DrawsOneMapAcrossTheBorder(DatabaseProvider provider)
    {
        await SeedAsync(provider);
        var client = site.Client(provider);
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/cooperation/border-region?culture=en", TestContext.Current.CancellationToken));
        Assert.Contains("The map cannot be drawn: no county or fylke boundaries have been imported.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("riktning import boundaries", before, StringComparison.Ordinal);

        await BorderRegionSeed.ImportBoundariesAsync(site.Services(provider));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/cooperation/border-region?culture=en", TestContext.Current.CancellationToken));
        var svg = Regex.Match(html, "<svg[^>]+class=\"map-choropleth\".*?</svg>", RegexOptions.Singleline).Value;

        // Both countries' outlines in one SVG: the three Swedish counties and the Norwegian fylker of 2024 (Viken is of 2020–2023).
        foreach (var key in new[] { "SE-17", "SE-20", "SE-14", "NO-34", "NO-31", "NO-32", "NO-33" })
        {
            Assert.Matches($"<path d=\"M[0-9.,LMZ]+\" data-region=\"{key}\"", svg);
        }

        Assert.DoesNotContain("data-region=\"NO-30\"", svg, StringComparison.Ordinal);
        Assert.Matches("data-region=\"NO-34\" fill=\"#[0-9a-f]{6}\"[^>]*><title>Innlandet: 180,000</title>", svg);
        Assert.Contains("Boundaries: no_fylker_2024_S.geojson, se_lan_21.geojson.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sv")]
    [InlineData(DatabaseProvider.Postgres, "nb")]
    [InlineData(DatabaseProvider.Postgres, "en")]
    public async Task Get_MunicipalityLevel_SetsTheHomeCountysMunicipalitiesBesideTheBorderKommunerWithTheDifferences(DatabaseProvider provider, string language)
    {
        await SeedAsync(provider);
        await BorderRegionSeed.ImportMunicipalitiesAsync(site.Services(provider), boundaries: false);
        var strategy = (await site.Services(provider).GetRequiredService<SiteDefinitions>().StrategyAsync(null, TestContext.Current.CancellationToken))!.Definition;
        var cooperation = (await site.Services(provider).GetRequiredService<SiteDefinitions>().CooperationAsync(TestContext.Current.CancellationToken))!.Definition;
        var client = site.Client(provider);
        string N(double value) => value.ToString("#,##0.##", CultureInfo.GetCultureInfo(language));

        var response = await client.GetAsync($"/cooperation/border-region?level=municipality&culture={language}", TestContext.Current.CancellationToken);
        var then = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var today = WebUtility.HtmlDecode(await client.GetStringAsync($"/cooperation/border-region?level=municipality&geography=today&culture={language}", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", then, StringComparison.Ordinal);
        Assert.Contains("id=\"level-municipality\" name=\"level\" value=\"municipality\" checked=\"checked\"", then, StringComparison.Ordinal);
        var pair = strategy.Comparisons.Single(p => p.Id == BorderRegionSeed.PopulationPair);
        var population = Section(then, $"pair-{pair.Id}");
        Assert.Contains(pair.Differences.In(language).Text, population, StringComparison.Ordinal);

        // Värmland's 16 municipalities (from the registry) and every kommune the cooperation definition names, no county rows.
        Assert.Equal(9, cooperation.PartnerMunicipalities.Count);
        Assert.Equal(16, Regex.Count(population, "<tr data-region=\"SE-17[0-9]{2}\">"));
        foreach (var key in cooperation.PartnerMunicipalities)
        {
            Assert.Contains($"<tr data-region=\"{key}\">", population, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<tr data-region=\"SE-17\">", population, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr data-region=\"NO-34\">", population, StringComparison.Ordinal);
        Assert.Contains(N(55_000), Row(population, "SE-1780"), StringComparison.Ordinal);
        Assert.Contains(N(45 * 500), Row(population, "NO-3401"), StringComparison.Ordinal);
        Assert.Contains("2023 (", Row(population, "NO-3401"), StringComparison.Ordinal);
        // As then, Aurskog-Høland's 2023 figure stays on its 2020–2023 code 3026, a row of its own; 3226 has none.
        Assert.Contains(N(45 * 300), Row(population, "NO-3026"), StringComparison.Ordinal);
        Assert.DoesNotContain(N(45 * 300), Row(population, "NO-3226"), StringComparison.Ordinal);
        // The employment pair has no municipal figures: no table at this level.
        Assert.DoesNotContain("id=\"pair-sysselsattning", then, StringComparison.Ordinal);

        // As today the renumbering 3026 → 3226 moves it onto today's unit.
        var converted = Section(today, $"pair-{pair.Id}");
        Assert.Contains(pair.Differences.In(language).Text, converted, StringComparison.Ordinal);
        Assert.Contains(N(45 * 300), Row(converted, "NO-3226"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-region=\"NO-3026\"", converted, StringComparison.Ordinal);
    }

    // A repeated import changes nothing, so each test seeds; the boundaries are left to the map test.
    private Task SeedAsync(DatabaseProvider provider) => BorderRegionSeed.ImportAsync(site.Services(provider), boundaries: false);

    /// <summary>The element with the id, up to its closing tag (sections and articles do not nest here).</summary>
    private static string Section(string html, string id) =>
        Regex.Match(html, $"<(section|article|div)[^>]*id=\"{Regex.Escape(id)}\".*?</\\1>", RegexOptions.Singleline) is { Success: true } m
            ? m.Value
            : throw new Xunit.Sdk.XunitException($"no element with id {id}");

    private static string Row(string html, string region) =>
        Regex.Match(html, $"<tr data-region=\"{Regex.Escape(region)}\">.*?</tr>", RegexOptions.Singleline).Value;
}
