using System.Text;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.JsonStat;

public sealed class JsonStat2ParserTests
{
    private static StatisticsDataset ParseShared(params string[] path)
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData(path));
        return JsonStat2Parser.Parse(stream, path[^1]);
    }

    private static StatisticsDataset ParseText(string json) =>
        JsonStat2Parser.Parse(Encoding.UTF8.GetBytes(json), "sample.json");

    [Fact]
    public void Parse_ScbV1MedianIncome_ReadsValuesBySexAndYear()
    {
        var dataset = ParseShared("scb", "v1", "v1_data_TAB3554_jsonstat2.json");

        var men2020 = dataset.Cell("1", "tot16+", "HE0110J8", "2020");
        var women2022 = dataset.Cell("2", "tot16+", "HE0110J8", "2022");
        var total2022 = dataset.Cell("1+2", "tot16+", "HE0110J8", "2022");

        Assert.Equal("TAB3554", dataset.TableId);
        Assert.Equal(new DateTime(2024, 1, 12, 5, 52, 0, DateTimeKind.Utc), dataset.Updated);
        Assert.Equal(DateTimeKind.Utc, dataset.Updated!.Value.Kind);
        Assert.Equal(["Kon", "Alder", "ContentsCode", "Tid"], dataset.Dimensions.Select(d => d.Code));
        Assert.Equal(9, dataset.Values.Count);
        Assert.Equal(332.8, men2020.Value);
        Assert.Equal(277.3, women2022.Value);
        Assert.Equal(316.6, total2022.Value);
        Assert.Equal(ValueStatus.Present, total2022.Status);
        Assert.Equal("kvinnor", dataset.Dimensions[0].Categories[1].Label);
        Assert.Equal(DimensionRole.Time, dataset.Dimensions[3].Role);
        Assert.Equal(DimensionRole.Metric, dataset.Dimensions[2].Role);
    }

    [Fact]
    public void Parse_ScbV2MonthlyPopulation_ReadsVarmlandCells()
    {
        var dataset = ParseShared("scb", "v2", "TAB6471_data_jsonstat2.json");

        var children = dataset.Cell("17", "0-9", "TotSa", "000007SF", "2026M01");
        var oldWomen = dataset.Cell("17", "100+10", "2", "000007SF", "2026M04");

        Assert.Equal("TAB6471", dataset.TableId);
        Assert.Equal(2772, dataset.Cells.Count());
        Assert.Equal(24454, children.Value);
        Assert.Equal(1584, children.Ordinal);
        Assert.Equal(["17", "0-9", "TotSa", "000007SF", "2026M01"], dataset.CategoryCodes(children));
        Assert.Equal(118, oldWomen.Value);
        Assert.Equal("TotSa", dataset.Dimensions[2].TotalCode);
        Assert.Equal("Värmlands län", dataset.Dimensions[0].Categories[dataset.Dimensions[0].IndexOf("17")].Label);
    }

    [Fact]
    public void Parse_SsbHousePriceIndex_MapsDotDotStatusToMissing()
    {
        var dataset = ParseShared("ssb", "ssb_v0_07221_boligprisindeks_jsonstat2.json");

        var first = dataset.Cell("TOTAL", "01", "Boligindeks", "2022K1");
        var innlandetSmallHouses = dataset.Cell("007", "02", "Boligindeks", "2022K1");
        var innlandetDetached = dataset.Cell("007", "01", "Boligindeks", "2023K4");

        Assert.Equal("07221", dataset.TableId);
        Assert.Equal(288, dataset.Values.Count);
        Assert.Equal(136.2, first.Value);
        Assert.Equal(176, innlandetSmallHouses.Ordinal);
        Assert.Null(innlandetSmallHouses.Value);
        Assert.Equal(ValueStatus.Missing, innlandetSmallHouses.Status);
        Assert.Equal(131.5, innlandetDetached.Value);
        Assert.Equal(24, dataset.Cells.Count(c => c.Status == ValueStatus.Missing));
        Assert.Equal(0, dataset.Cells.Count(c => c.Value is null && c.Status == ValueStatus.Present));
    }

    [Fact]
    public void Parse_ScbV2Metadata_ExposesDimensionsWithoutCells()
    {
        var dataset = ParseShared("scb", "v2", "TAB6471_metadata_jsonstat2.json");

        var region = dataset.Dimensions[0];

        Assert.Empty(dataset.Cells);
        Assert.Equal([312, 134, 3, 1, 16], dataset.Dimensions.Select(d => d.Categories.Count));
        Assert.Equal("Karlstad", region.Categories[207].Label);
        Assert.Equal("1780", region.Categories[207].Code);
        Assert.Equal(DimensionRole.Time, dataset.Dimensions[4].Role);
    }

    [Fact]
    public void Parse_SparseValueAndStatusArrays_PlacesCellsAndSymbols()
    {
        const string json = """
            {"class":"dataset","label":"t","id":["a","b"],"size":[2,2],
             "value":{"0":1.5,"3":-2},
             "status":[null,":","-","p"],
             "dimension":{"a":{"category":{"index":["x","y"]}},"b":{"label":"B","category":{"index":{"u":0,"v":1},"label":{"u":"U"}}}}}
            """;

        var dataset = ParseText(json);

        Assert.Equal(new DatasetCell(0, 1.5, ValueStatus.Present), dataset.Values[0]);
        Assert.Equal(new DatasetCell(1, null, ValueStatus.Confidential), dataset.Values[1]);
        Assert.Equal(new DatasetCell(2, null, ValueStatus.Nil), dataset.Values[2]);
        Assert.Equal(new DatasetCell(3, -2, ValueStatus.Present, ObservationFlags.Provisional), dataset.Values[3]);
        Assert.Equal("U", dataset.Dimensions[1].Categories[0].Label);
        Assert.Equal("v", dataset.Dimensions[1].Categories[1].Label);
        Assert.Null(dataset.TableId);
    }

    [Fact]
    public void Parse_SizeAndValueDisagree_NamesBothCounts()
    {
        const string json = """{"id":["a"],"size":[3],"dimension":{"a":{"category":{"index":["x","y","z"]}}},"value":[1,2]}""";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(json));

        Assert.Equal("sample.json: 'size' gives 3 cells but 'value' has 2.", error.Message);
    }

    [Fact]
    public void Parse_IdWithoutDimension_NamesTheDimension()
    {
        const string json = """{"id":["a","b"],"size":[1,1],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1]}""";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(json));

        Assert.Equal("sample.json: 'id' names dimension 'b' but 'dimension' has no 'b'.", error.Message);
    }

    [Fact]
    public void Parse_IdAndSizeLengthsDiffer_Throws()
    {
        const string json = """{"id":["a"],"size":[1,1],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1]}""";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(json));

        Assert.Equal("sample.json: 'id' names 1 dimensions but 'size' gives 2.", error.Message);
    }

    [Fact]
    public void Parse_MalformedJson_GivesLineAndByte()
    {
        const string json = "{\"id\":[\"a\"],\n\"size\":[1],\n\"value\":[1,,2]}";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(json));

        Assert.StartsWith("sample.json: malformed JSON at line 3, byte 12 of the line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedJson_Throws()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SharedData("scb", "v1", "v1_data_TAB3554_jsonstat2.json"));

        var error = Assert.Throws<ImportFormatException>(() => JsonStat2Parser.Parse(bytes.AsSpan(0, bytes.Length / 2), "half.json"));

        Assert.StartsWith("half.json: malformed JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextInValue_NamesTheCell()
    {
        const string json = """{"id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x","y"]}}},"value":[1,"abc"]}""";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(json));

        Assert.Equal("sample.json: value[1] at byte 86 is \"abc\", not a number or null.", error.Message);
    }
}
