using Riktning.Importing;
using Riktning.Importing.Kolada;

namespace Riktning.Core.Tests.Importing.Kolada;

public sealed class KoladaValuesParserTests
{
    // Written after Kolada's documented v2 /data shape, which v3 keeps as far as we could confirm.
    private const string Page = """
        {
          "count": 2,
          "values": [
            {"kpi": "N01951", "municipality": "1780", "period": 2022,
             "values": [
               {"gender": "K", "count": 1, "status": "", "value": 48484.0},
               {"gender": "M", "count": 1, "status": "", "value": 47982.0},
               {"gender": "T", "count": 1, "status": "", "value": 96466.0}]},
            {"kpi": "N01951", "municipality": "0017", "period": 2022,
             "values": [{"gender": "T", "count": 0, "status": "Missing", "value": null}]}
          ],
          "next_page": "https://api.kolada.se/v3/data/kpi/N01951/year/2022?page=2&per_page=2"
        }
        """;

    [Fact]
    public void Parse_DataPage_GivesOneValuePerGender()
    {
        var page = KoladaValuesParser.Parse(Page, "page.json");

        Assert.Equal(4, page.Values.Count);
        Assert.Equal(new KoladaValue("N01951", "1780", 2022, "K", 48484, ValueStatus.Present), page.Values[0]);
        Assert.Equal(new KoladaValue("N01951", "1780", 2022, "T", 96466, ValueStatus.Present), page.Values[2]);
        Assert.Equal(new KoladaValue("N01951", "0017", 2022, "T", null, ValueStatus.Missing), page.Values[3]);
        Assert.Equal(2, page.Count);
        Assert.Equal("https://api.kolada.se/v3/data/kpi/N01951/year/2022?page=2&per_page=2", page.NextPage);
    }

    [Fact]
    public void Parse_RowFlaggedAsDeleted_IsMissingNotANumber()
    {
        const string page = """
            {"count": 2, "values": [
              {"kpi": "N01951", "municipality": "1780", "period": 2021, "isdeleted": true,
               "values": [{"gender": "T", "count": 1, "status": "", "value": 95000.0}]},
              {"kpi": "N01951", "municipality": "1780", "period": 2022,
               "values": [{"gender": "T", "count": 1, "status": "", "value": 96466.0, "is_deleted": 1}]}]}
            """;

        var values = KoladaValuesParser.Parse(page, "page.json").Values;

        Assert.Equal(new KoladaValue("N01951", "1780", 2021, "T", null, ValueStatus.Missing), values[0]);
        Assert.Equal(new KoladaValue("N01951", "1780", 2022, "T", null, ValueStatus.Missing), values[1]);
    }

    [Fact]
    public void Parse_PeriodOnInnerValues_ReadsEachYear()
    {
        const string json = """
            {"values":[{"kpi":"N01951","municipality":"1780","values":[
              {"period":2021,"gender":"T","value":95356},{"period":2022,"gender":"T","value":96466}]}],
             "next_url":null}
            """;

        var page = KoladaValuesParser.Parse(json, "page.json");

        Assert.Equal([2021, 2022], page.Values.Select(v => v.Period));
        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Parse_EntryWithoutMunicipality_NamesThePath()
    {
        const string json = """{"values":[{"kpi":"N01951","period":2022,"values":[]}]}""";

        var error = Assert.Throws<ImportFormatException>(() => KoladaValuesParser.Parse(json, "page.json"));

        Assert.Equal("page.json: $.values[0] has no 'municipality'.", error.Message);
    }

    [Fact]
    public void Parse_TextValue_NamesThePath()
    {
        const string json = """{"values":[{"kpi":"N01951","municipality":"1780","period":2022,"values":[{"gender":"T","value":"12"}]}]}""";

        var error = Assert.Throws<ImportFormatException>(() => KoladaValuesParser.Parse(json, "page.json"));

        Assert.Equal("page.json: $.values[0].values[0].value is \"12\", not a number or null.", error.Message);
    }
}
