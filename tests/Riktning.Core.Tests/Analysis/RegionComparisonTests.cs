using Riktning.Analysis;
using Riktning.Strategy;

namespace Riktning.Core.Tests.Analysis;

public sealed class RegionComparisonTests
{
    private static readonly string[] Counties =
        ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

    /// <summary>Three counties above Värmland's 70 and one level with it; the rest below.</summary>
    private static List<RegionPoint> Points()
    {
        var points = Counties.Select((code, i) => new RegionPoint($"SE-{code}", "", "2024", code switch
        {
            "01" => 75,
            "03" => 72,
            "04" => 71,
            "05" => 70,
            "17" => 70,
            _ => 50 + i,
        })).ToList();
        points.Add(new RegionPoint("SE", "", "2024", 68));
        points.Add(new RegionPoint("SE-17", "", "2023", 90));
        points.Add(new RegionPoint("SE-17", "sex=women", "2024", 99));
        points.Add(new RegionPoint("SE-1780", "", "2024", 99));
        points.Add(new RegionPoint("NO-34", "", "2023", 60));
        points.Add(new RegionPoint("NO-34", "", "2024", 73));
        points.Add(new RegionPoint("NO-31", "", "2023", 65));
        return points;
    }

    [Fact]
    public void From_VarmlandAmongCounties_RanksWithSharedRankForTies()
    {
        var comparison = RegionComparison.From(Points(), "SE-17", Direction.Increase);

        Assert.Equal("2024", comparison.Period);
        Assert.Equal(70.0, comparison.RegionValue);
        Assert.Equal(68.0, comparison.CountryValue);
        Assert.Equal(2.0, comparison.DifferenceFromCountry);
        Assert.Equal(21, comparison.PeerCount);
        // 75, 72, 71 are higher; SE-05 ties at 70 and shares rank 4.
        Assert.Equal(4, comparison.Rank);
        Assert.True(comparison.HigherIsBetter);
    }

    [Fact]
    public void From_Decrease_KeepsRankOneForHighestAndSaysHigherIsWorse()
    {
        var comparison = RegionComparison.From(Points(), "SE-01", Direction.Decrease);

        Assert.Equal(1, comparison.Rank);
        Assert.False(comparison.HigherIsBetter);
    }

    [Fact]
    public void From_Decrease_RankInDirectionCountsLowerValuesAsBetter()
    {
        // Lower than Värmland's 70: 54–61 and 63–69, 15 counties; SE-05 and SE-25 tie at 70 and share rank 16.
        var comparison = RegionComparison.From(Points(), "SE-17", Direction.Decrease);

        Assert.Equal(4, comparison.Rank);
        Assert.Equal(16, comparison.RankInDirection);
    }

    [Fact]
    public void From_Increase_RankInDirectionIsTheRank()
    {
        var comparison = RegionComparison.From(Points(), "SE-17", Direction.Increase);

        Assert.Equal(4, comparison.RankInDirection);
    }

    [Fact]
    public void From_NorwegianSeries_SamePeriodWhenPresentElseLatestAndAlwaysFlagged()
    {
        var comparison = RegionComparison.From(Points(), "SE-17", Direction.Increase);

        Assert.Equal([new CrossBorderValue("NO-31", "2023", 65), new CrossBorderValue("NO-34", "2024", 73)], comparison.Norway);
        Assert.All(comparison.Norway, n => Assert.True(n.DefinitionsMayDiffer));
    }

    [Fact]
    public void From_RegionWithoutValues_HasNoPeriodOrRank()
    {
        var comparison = RegionComparison.From([new RegionPoint("SE", "", "2024", 68)], "SE-17", Direction.ToBeDecided);

        Assert.Null(comparison.Period);
        Assert.Null(comparison.Rank);
        Assert.Null(comparison.DifferenceFromCountry);
        Assert.Null(comparison.HigherIsBetter);
    }
}
