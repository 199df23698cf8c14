using Riktning.Statistics;

namespace Riktning.Core.Tests.Statistics;

/// <summary>Whole breakdown keys labelled and ordered by the source's categories, as the downloads write them.</summary>
public sealed class SourceCategoriesTests
{
    private static readonly SourceCategories Categories = new(
    [
        Row("age", "90-99", 9, "90-99 år"),
        Row("age", "100+10", 10, "100+ år"),
        Row("age", "10-19", 1, "10-19 år"),
        Row("sex", "women", 0, null),
        Row("sex", "men", 1, null),
    ]);

    [Fact]
    public void KeyOrder_SingleAndCrossedKeys_TotalFirstThenSourceOrderPartByPart()
    {
        string[] keys = ["age=100+10;sex=men", "sex=men", "age=100+10", "total", "age=10-19;sex=women", "age=90-99", "age=10-19", "sex=women", "age=100+10;sex=women"];

        var ordered = keys.Order(Categories.KeyOrder()).ToList();

        Assert.Equal(["total", "age=10-19", "age=90-99", "age=100+10", "age=10-19;sex=women", "age=100+10;sex=women", "age=100+10;sex=men", "sex=women", "sex=men"], ordered);
    }

    [Theory]
    [InlineData("age=100+10", "100+ år")]
    [InlineData("age=100+10;sex=women", "100+ år, women")]
    [InlineData("sex=women", null)]
    [InlineData("total", null)]
    [InlineData("age=0-9", null)]
    public void KeyLabel_Key_SourceLabelsOrNull(string key, string? expected) =>
        Assert.Equal(expected, Categories.KeyLabel(key, "sv"));

    private static BreakdownCategory Row(string breakdown, string code, int position, string? label) =>
        new() { MeasureId = "m", Breakdown = breakdown, Code = code, Language = "sv", Label = label, Position = position };
}
