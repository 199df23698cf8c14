using Riktning.Web.Features.Strategy;

namespace Riktning.Web.Tests.Pages;

/// <summary>Map classes: quantiles (nearest rank) with rounded bounds, computed by hand.</summary>
public sealed class MapClassTests
{
    [Fact]
    public void Classify_EightValues_QuartersWithBoundsRoundedToWholeNumbers()
    {
        // Sorted: 12.34 15.5 18.2 22.7 31.9 44.1 58.6 71.0; range 58.66 → step 1. Cuts at ranks 2, 4, 6: 15.5 → 16,
        // 22.7 → 23, 44.1 → 44; the lowest bound rounds down (12), the highest up (71).
        var classes = MunicipalityMap.Classify([44.1, 12.34, 71.0, 22.7, null, 15.5, 58.6, 18.2, 31.9]);

        Assert.Equal([(12.0, 16.0), (16.0, 23.0), (23.0, 44.0), (44.0, 71.0)], classes.Select(c => (c.From, c.To)));
        Assert.Equal([0, 1, 2, 3], classes.Select(c => c.Index));
    }

    [Fact]
    public void Classify_OneOutlier_DoesNotPutEveryOtherValueInTheLowestClass()
    {
        // 1..8 and 100: equal widths would put eight of nine values below 25.75; quantile cuts at ranks 3, 5, 7.
        var classes = MunicipalityMap.Classify([1, 2, 3, 4, 5, 6, 7, 8, 100]);

        Assert.Equal([(1.0, 3.0), (3.0, 5.0), (5.0, 7.0), (7.0, 100.0)], classes.Select(c => (c.From, c.To)));
    }

    [Fact]
    public void Classify_SmallRange_RoundsToHundredthsAndMergesEqualCuts()
    {
        // Range 0.377 → step 0.01. The first cut (rank 1: 0.123 → 0.12) equals the lowest bound and is dropped.
        var classes = MunicipalityMap.Classify([0.123, 0.2, 0.346, 0.5]);

        Assert.Equal([(0.12, 0.2), (0.2, 0.35), (0.35, 0.5)], classes.Select(c => (c.From, c.To)));
        Assert.Equal(3, classes.Select(c => c.Fill).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Classify_NoValuesOrOneValue_NoneOrOneClass()
    {
        Assert.Empty(MunicipalityMap.Classify([null, null]));
        Assert.Equal((7.0, 7.0), Assert.Single(MunicipalityMap.Classify([7, 7, null])) is var c ? (c.From, c.To) : default);
    }
}
