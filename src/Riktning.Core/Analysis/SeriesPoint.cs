namespace Riktning.Analysis;

/// <summary>One period of one series as the analysis reads it; <see cref="Value"/> is null when the source gave no number.</summary>
public readonly record struct SeriesPoint(string Period, double? Value, ValueStatus Status = ValueStatus.Present);
