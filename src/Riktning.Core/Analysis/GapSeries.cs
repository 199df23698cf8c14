namespace Riktning.Analysis;

/// <summary>
/// A gap of one breakdown over time, with its baseline and latest values and whether it is closing. The gap is
/// women − men for <c>sex</c> (signed, as <see cref="SexGap"/>), and the highest minus the lowest category's value for any
/// other breakdown (birth country, age, education) and for the region's municipalities (<see cref="GapSeries.Municipality"/>):
/// a spread, never negative.
/// </summary>
public sealed record GapSeries(
    string Dimension,
    IReadOnlyList<GapPoint> Points,
    string? BaselinePeriod,
    double? BaselineGap,
    string? LatestPeriod,
    double? LatestGap,
    double? Tolerance,
    GapTrend Trend)
{
    public const string Municipality = "municipality";

    /// <summary>True for sex, whose gap keeps its sign; false for a spread.</summary>
    public bool IsSigned => Dimension == "sex";

    /// <summary>Latest minus baseline size of the gap (absolute values): negative when closing.</summary>
    public double? ChangeInSize => LatestGap is { } latest && BaselineGap is { } baseline ? Math.Abs(latest) - Math.Abs(baseline) : null;
}
