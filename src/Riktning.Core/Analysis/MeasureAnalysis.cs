namespace Riktning.Analysis;

/// <summary>
/// A measure analysed for one region: the trend of its total since the baseline, the breakdowns of its latest period
/// (null when the region has no value at all) and how it compares with the country, its peers and Norway.
/// </summary>
public sealed record MeasureAnalysis(
    string MeasureId,
    string Region,
    Direction Direction,
    MeasureTrend Trend,
    BreakdownSummary? Breakdowns,
    RegionComparison Comparison)
{
    /// <summary>The gap of every breakdown over time, closing or widening since the baseline (<see cref="GapOverTime"/>).</summary>
    public IReadOnlyList<GapSeries> Gaps { get; init; } = [];

    /// <summary>The region's totals over time with the batch of each, the series <see cref="Trend"/> judges.</summary>
    public IReadOnlyList<RegionPoint> Series { get; init; } = [];

    /// <summary>The country's totals over time, for the comparison beside the region.</summary>
    public IReadOnlyList<RegionPoint> CountrySeries { get; init; } = [];

    /// <summary>The import batches of every figure the analysis read, in ascending order.</summary>
    public IReadOnlyList<int> BatchIds { get; init; } = [];
}
