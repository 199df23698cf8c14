namespace Riktning.Analysis;

/// <summary>A focus area's measures (over all its goals) counted by assessment.</summary>
public sealed record FocusAreaRollup(string FocusAreaId, AssessmentCounts Counts, IReadOnlyList<GoalRollup> Goals);
