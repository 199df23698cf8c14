namespace Riktning.Statistics;

/// <summary>
/// A measure's total for one region in the latest period the region has one, beside the totals of other regions in
/// the same period (by region key; a region without a figure for that period is absent).
/// </summary>
public sealed record ComparedTotals(string MeasureId, string Period, LatestValue Region, IReadOnlyDictionary<string, LatestValue> Comparisons);
