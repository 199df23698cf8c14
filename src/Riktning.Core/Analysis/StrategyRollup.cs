namespace Riktning.Analysis;

/// <summary>A strategy's measures counted by assessment at every level of its tree.</summary>
public sealed record StrategyRollup(string StrategyId, string Region, AssessmentCounts Counts, IReadOnlyList<FocusAreaRollup> FocusAreas);
