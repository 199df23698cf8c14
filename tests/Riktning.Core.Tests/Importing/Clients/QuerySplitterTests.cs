using Riktning.Importing.JsonStat;
using Riktning.Importing.PxWeb;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class QuerySplitterTests
{
    [Fact]
    public void Split_SelectionWithinLimit_IsOnePartUnchanged()
    {
        VariableSelection[] selection = [new("Region", "17", "1780"), new("Tid", "2023", "2024")];

        var parts = QuerySplitter.Split(selection, 4, "Tid");

        var part = Assert.Single(parts);
        Assert.Equal(selection, part);
    }

    [Fact]
    public void Split_Tab6471EverythingAtScbLimit_CutsRegionsIntoPartsThatFit()
    {
        var metadata = ScbMetadata();
        VariableSelection[] selection = [.. metadata.Dimensions.Select(d => new VariableSelection(d.Code, "*"))];

        var parts = QuerySplitter.Split(metadata, selection, 150_000);

        // 312 regions × 134 ages × 3 sexes × 1 content × 16 months = 2 006 784 cells; 6 432 per region, so 23 regions a part.
        Assert.Equal(14, parts.Count);
        Assert.All(parts, p => Assert.InRange(QuerySplitter.CellCount(p), 1, 150_000));
        Assert.All(parts, p => Assert.Equal(134, p.Single(v => v.VariableCode == "Alder").ValueCodes.Count));
        Assert.Equal(
            metadata.Dimensions[0].Categories.Select(c => c.Code),
            parts.SelectMany(p => p.Single(v => v.VariableCode == "Region").ValueCodes));
        Assert.Equal(2_006_784, parts.Sum(QuerySplitter.CellCount));
    }

    [Fact]
    public void Split_OneValueOfTheLargestStillTooBig_CutsTheNextLargestToo()
    {
        VariableSelection[] selection =
        [
            new("Region", Codes("r", 10)),
            new("Alder", Codes("a", 6)),
            new("Tid", Codes("t", 4)),
        ];

        // One region is 24 cells; at most 10 means cutting ages too, into parts of 2 ages × 4 periods.
        var parts = QuerySplitter.Split(selection, 10, "Tid");

        Assert.Equal(30, parts.Count);
        Assert.All(parts, p => Assert.Equal(8, QuerySplitter.CellCount(p)));
        Assert.All(parts, p => Assert.Equal(4, p[2].ValueCodes.Count));
        Assert.Equal(240, parts.Sum(QuerySplitter.CellCount));
    }

    [Fact]
    public void Split_OnlyTimeHasSeveralValues_CutsTimeIntoEvenParts()
    {
        VariableSelection[] selection = [new("Region", "17"), new("Tid", Codes("t", 20))];

        var parts = QuerySplitter.Split(selection, 8, "Tid");

        Assert.Equal([7, 7, 6], parts.Select(p => p[1].ValueCodes.Count));
        Assert.Equal(Codes("t", 20), parts.SelectMany(p => p[1].ValueCodes));
    }

    [Fact]
    public void Split_TimeIsLargest_CutsTheLargestOtherVariableFirst()
    {
        VariableSelection[] selection = [new("Kon", "1", "2"), new("Tid", Codes("t", 50))];

        var parts = QuerySplitter.Split(selection, 60, "Tid");

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal(50, p[1].ValueCodes.Count));
    }

    [Fact]
    public void Split_ExpressionInExplicitSelection_IsRefused()
    {
        VariableSelection[] selection = [new("Tid", "top(5)")];

        var error = Assert.Throws<ArgumentException>(() => QuerySplitter.Split(selection, 10));

        Assert.StartsWith("'Tid' selects 'top(5)'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_VariableNotInTable_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySplitter.Split(ScbMetadata(), [new VariableSelection("Kommun", "1780")], 10));

        Assert.Contains("no variable 'Kommun'", error.Message, StringComparison.Ordinal);
    }

    private static string[] Codes(string prefix, int count) => [.. Enumerable.Range(1, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static Riktning.Importing.StatisticsDataset ScbMetadata()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("scb", "v2", "TAB6471_metadata_jsonstat2.json"));
        return JsonStat2Parser.Parse(stream, "TAB6471/metadata");
    }
}
