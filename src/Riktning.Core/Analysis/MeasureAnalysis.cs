using Riktning.Strategy;

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
    RegionComparison Comparison);
