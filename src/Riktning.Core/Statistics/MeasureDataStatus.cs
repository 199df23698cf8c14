namespace Riktning.Statistics;

/// <summary>How much data a measure has: number of values, the newest period, and when it was last imported.</summary>
public sealed record MeasureDataStatus(string MeasureId, int Values, string LatestPeriod, DateTime LastImportUtc);
