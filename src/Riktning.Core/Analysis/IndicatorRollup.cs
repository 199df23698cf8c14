namespace Riktning.Analysis;

/// <summary>An indicator's measures counted by assessment, with each measure's own assessment.</summary>
public sealed record IndicatorRollup(string IndicatorId, AssessmentCounts Counts, IReadOnlyDictionary<string, Assessment> Measures);
