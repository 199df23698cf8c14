namespace Riktning.Analysis;

/// <summary>A goal's measures (over all its indicators) counted by assessment.</summary>
public sealed record GoalRollup(string GoalId, AssessmentCounts Counts, IReadOnlyList<IndicatorRollup> Indicators);
