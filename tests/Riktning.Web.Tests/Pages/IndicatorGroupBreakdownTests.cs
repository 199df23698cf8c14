using System.Text.RegularExpressions;
using Riktning.Data;

namespace Riktning.Web.Tests.Pages;

/// <summary>The indicator report broken down by SKR's municipality groups, imported from the real Kolada file.</summary>
public sealed partial class IndicatorGroupBreakdownTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/" + ReportSeed.Indicator + "?breakdown=municipality-group%3Askr-2017";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_SkrGroups_MeansEachGroupsMunicipalitiesInSkrOrder(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));

        var html = await site.Client(provider).GetStringAsync($"{Page}&culture=en", TestContext.Current.CancellationToken);
        var table = Regex.Match(html, "<table data-chart=\"bar\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline).Value;

        Assert.Matches("<option value=\"municipality-group:skr-2017\" selected=\"selected\">Municipality group \\(SKR:s kommungruppsindelning 2017\\)</option>", html);
        // Municipality i has 55 + 1.5 i in 2023 (ReportSeed). Större stad: Karlstad 70. Pendlingskommun nära större stad:
        // Kil, Grums, Forshaga, Hammarö (55, 61, 64, 65.5). Lågpendlingskommun nära större stad: Munkfors, Kristinehamn
        // (62.5, 71.5). Pendlingskommun nära mindre tätort: Storfors 59.5. Landsbygdskommun, ej nära större stad: Torsby,
        // Hagfors, Filipstad (no value), Arvika, Säffle, Sunne (58, 68.5, 74.5, 76, 77.5). Besöksnäring: Eda, Årjäng (56.5, 67).
        Assert.Equal(
            ["Större stad", "Pendlingskommun nära större stad", "Lågpendlingskommun nära större stad", "Pendlingskommun nära mindre tätort",
             "Landsbygdskommun, ej nära större stad", "Landsbygdskommun med besöksnäring"],
            RowHeaderPattern().Matches(table).Select(m => m.Groups[1].Value));
        Assert.Equal(["70", "61.375", "67", "59.5", "70.9", "61.75"], DataValuePattern().Matches(table).Select(m => m.Groups[1].Value));
        Assert.Contains("Arvika, Filipstad, Hagfors, Sunne, Säffle, Torsby", table, StringComparison.Ordinal);
        Assert.Contains("58–77.5", table, StringComparison.Ordinal);
        // Only Värmland's municipalities have figures here, so the country's group means count those with a value.
        Assert.Contains("70.9 (5 municipalities)", table, StringComparison.Ordinal);

        // The municipalities' own values: 16 rows, and the downloads select exactly them in 2023.
        var members = Regex.Match(html, "<table id=\"group-members-table\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(16, Regex.Count(members, "<th scope=\"row\">"));
        var download = Regex.Matches(html, "href=\"(/api/measures/[^\"]+format=)csv\"")[^1].Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var csv = await site.Client(provider).GetStringAsync(download + "csv", TestContext.Current.CancellationToken);
        Assert.Equal(17, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("period=2023", download, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Kommungrupp (SKR:s kommungruppsindelning 2017)", "<th scope=\"row\"><span>Större stad</span>")]
    [InlineData("nb", "Kommunegruppe (SKR:s kommungruppsindelning 2017)", "<th scope=\"row\"><span lang=\"sv\">Större stad</span>")]
    [InlineData("en", "Municipality group (SKR:s kommungruppsindelning 2017)", "<th scope=\"row\"><span lang=\"sv\">Större stad</span>")]
    public async Task Get_EachLanguage_NamesTheBreakdownAndMarksTheSwedishGroupNames(string culture, string dimension, string row)
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));

        var html = await site.Client(DatabaseProvider.Sqlite).GetStringAsync($"{Page}&culture={culture}", TestContext.Current.CancellationToken);

        Assert.Contains($"<h4 id=\"breakdown-heading\">{dimension.Split(' ')[0] switch { "Kommungrupp" => "Fördelning", "Kommunegruppe" => "Fordeling", _ => "Breakdown" }}: {dimension}</h4>", html, StringComparison.Ordinal);
        Assert.Contains(row, Regex.Replace(html, "\\s+<", "<"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Inrikes/utrikes född × Kön", "Kvinnor", "Skillnad kvinnor − män")]
    [InlineData("en", "Born in Sweden/abroad × Sex", "Women", "Gap women − men")]
    public async Task Get_CrossedBreakdown_ShowsBirthCountryRowsBySexColumnsWithTheGap(string culture, string dimension, string women, string gap)
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));

        var html = await site.Client(DatabaseProvider.Sqlite).GetStringAsync(
            $"/indicators/{ReportSeed.Indicator}?breakdown=birth-country,sex&culture={culture}", TestContext.Current.CancellationToken);
        var table = Regex.Replace(Regex.Match(html, "<table data-chart=\"bars\" id=\"breakdown-table\">.*?</table>", RegexOptions.Singleline).Value, "\\s+<", "<");

        Assert.Contains($"<option value=\"birth-country,sex\" selected=\"selected\">{dimension}</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"col\" class=\"number\" data-series>{women}</th>", table, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"col\" class=\"number\">{gap}</th>", table, StringComparison.Ordinal);
        Assert.Contains(culture == "sv" ? "<th scope=\"row\">Utrikes födda</th>" : "<th scope=\"row\">Born abroad</th>", table, StringComparison.Ordinal);
        // Rows: abroad, then sweden (code order); women, men, then women − men: 62.5 − 65.25 = −2.75; abroad-born men are confidential.
        Assert.Equal(["58", "", "62.5", "65.25"], DataValuePattern().Matches(table).Select(m => m.Groups[1].Value));
        Assert.Contains(culture == "sv" ? "−2,75</td>" : "−2.75</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">–</td>", table, StringComparison.Ordinal);

        // The download selects the four crossed series of 2023.
        var download = Regex.Matches(html, "href=\"(/api/measures/[^\"]+format=)csv\"")[^1].Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var csv = await site.Client(DatabaseProvider.Sqlite).GetStringAsync(download + "csv", TestContext.Current.CancellationToken);
        Assert.Equal(5, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task MunicipalityProfile_NamesTheMunicipalitysGroup()
    {
        await ReportSeed.ImportAsync(site.Services(DatabaseProvider.Sqlite));

        var html = await site.Client(DatabaseProvider.Sqlite).GetStringAsync("/municipalities/SE-1780?culture=en", TestContext.Current.CancellationToken);

        Assert.Contains("<li>Municipality group: <strong lang=\"sv\">Större stad</strong> (<span lang=\"sv\">SKR:s kommungruppsindelning 2017</span>).</li>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<th scope=\"row\">\\s*<span[^>]*>([^<]+)</span>")]
    private static partial Regex RowHeaderPattern();

    [GeneratedRegex("<td class=\"number\" data-value=\"([^\"]*)\"")]
    private static partial Regex DataValuePattern();
}
