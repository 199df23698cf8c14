using Riktning.Analysis;
using Riktning.Importing;

namespace Riktning.Core.Tests.Analysis;

public sealed class BreakdownSummaryTests
{
    /// <summary>Värmland's 16 municipalities with hand-picked values; sorted: 3 4 5 6 7 8 9 10 | 11 12 13 14 15 16 25 30.</summary>
    private static readonly (string Key, double Value)[] Varmland =
    [
        ("SE-1715", 10), ("SE-1730", 12), ("SE-1737", 3), ("SE-1760", 7), ("SE-1761", 25), ("SE-1762", 4), ("SE-1763", 9), ("SE-1764", 6),
        ("SE-1765", 8), ("SE-1766", 11), ("SE-1780", 30), ("SE-1781", 14), ("SE-1782", 5), ("SE-1783", 13), ("SE-1784", 16), ("SE-1785", 15),
    ];

    private static readonly string[] VarmlandKeys = [.. Varmland.Select(m => m.Key)];

    [Fact]
    public void From_WomenAndMen_GivesGapAndRatio()
    {
        RegionPoint[] points =
        [
            new("SE-17", "sex=women", "2024", 75.5),
            new("SE-17", "sex=men", "2024", 80),
            new("SE-17", "sex=women", "2023", 1),
            new("SE", "sex=women", "2024", 2),
        ];

        var summary = BreakdownSummary.From(points, "SE-17", "2024", VarmlandKeys);

        Assert.Equal(75.5, summary.Sex!.Women);
        Assert.Equal(80.0, summary.Sex.Men);
        Assert.Equal(-4.5, summary.Sex.Gap);
        Assert.Equal(0.94375, summary.Sex.Ratio!.Value, 12);
    }

    [Fact]
    public void From_SixteenVarmlandMunicipalities_GivesMinMaxMedianAndSpread()
    {
        var points = Varmland.Select(m => new RegionPoint(m.Key, "", "2024", m.Value))
            .Append(new RegionPoint("SE-0180", "", "2024", 100))
            .Append(new RegionPoint("SE-1780", "sex=women", "2024", 999))
            .Append(new RegionPoint("SE-1780", "", "2023", 500));

        var summary = BreakdownSummary.From(points, "SE-17", "2024", VarmlandKeys);

        var spread = summary.Municipalities!;
        Assert.Equal(16, spread.Count);
        Assert.Equal(new RegionValue("SE-1737", 3), spread.Min);
        Assert.Equal(new RegionValue("SE-1780", 30), spread.Max);
        // Even count: the mean of the 8th and 9th values, (10 + 11) / 2.
        Assert.Equal(10.5, spread.Median);
        Assert.Equal(27.0, spread.Spread);
    }

    [Fact]
    public void From_MunicipalityWithoutValueAndTiedMaximum_SkipsItAndNamesLowestKey()
    {
        var points = Varmland.Select(m => m.Key switch
        {
            "SE-1737" => new RegionPoint(m.Key, "", "2024", null, ValueStatus.Missing),
            "SE-1761" => new RegionPoint(m.Key, "", "2024", 30),
            _ => new RegionPoint(m.Key, "", "2024", m.Value),
        });

        var summary = BreakdownSummary.From(points, "SE-17", "2024", VarmlandKeys);

        var spread = summary.Municipalities!;
        Assert.Equal(15, spread.Count);
        Assert.Equal(new RegionValue("SE-1762", 4), spread.Min);
        Assert.Equal(new RegionValue("SE-1761", 30), spread.Max);
        // 4 5 6 7 8 9 10 [11] 12 13 14 15 16 30 30
        Assert.Equal(11.0, spread.Median);
    }

    [Fact]
    public void From_OtherDimensions_ListsEachCategoryAndLeavesCrossedSeriesOut()
    {
        RegionPoint[] points =
        [
            new("SE-17", "education=post-secondary", "2024", 85),
            new("SE-17", "age=65+", "2024", null, ValueStatus.Missing),
            new("SE-17", "age=20-64", "2024", 70),
            new("SE-17", "birth-country=sweden", "2024", 80),
            new("SE-17", "birth-country=foreign", "2024", 60),
            new("SE-17", "age=20-64;sex=women", "2024", 68),
        ];

        var summary = BreakdownSummary.From(points, "SE-17", "2024", VarmlandKeys);

        Assert.Null(summary.Sex);
        Assert.Null(summary.Municipalities);
        Assert.Equal(["age", "birth-country", "education"], summary.Dimensions.Select(d => d.Dimension));
        Assert.Equal([new CategoryValue("20-64", 70, ValueStatus.Present), new CategoryValue("65+", null, ValueStatus.Missing)], summary.Dimensions[0].Categories);
        Assert.Equal([new CategoryValue("foreign", 60, ValueStatus.Present), new CategoryValue("sweden", 80, ValueStatus.Present)], summary.Dimensions[1].Categories);
    }
}
