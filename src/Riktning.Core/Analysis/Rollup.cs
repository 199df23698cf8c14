namespace Riktning.Analysis;

/// <summary>Counts measures' assessments up the strategy tree: indicator, goal, focus area, strategy. Pure.</summary>
public static class Rollup
{
    /// <summary>
    /// Counts every measure in the definition once per level it sits under. A measure without an assessment in
    /// <paramref name="assessments"/> (no data at all) counts as <see cref="Assessment.NotEnoughData"/>, so the totals
    /// always equal the number of measures and a gap in the statistics stays visible.
    /// </summary>
    public static StrategyRollup Count(StrategyDefinition definition, IReadOnlyDictionary<string, Assessment> assessments, string region)
    {
        var areas = definition.FocusAreas.Select(area =>
        {
            var goals = area.Goals.Select(goal =>
            {
                var indicators = goal.Indicators.Select(indicator =>
                {
                    var measures = new Dictionary<string, Assessment>(StringComparer.Ordinal);
                    foreach (var measure in indicator.Measures)
                    {
                        measures[measure.Id] = assessments.GetValueOrDefault(measure.Id, Assessment.NotEnoughData);
                    }

                    return new IndicatorRollup(indicator.Id, AssessmentCounts.Of(indicator.Measures.Select(m => measures[m.Id])), measures);
                }).ToList();
                return new GoalRollup(goal.Id, Sum(indicators.Select(i => i.Counts)), indicators);
            }).ToList();
            return new FocusAreaRollup(area.Id, Sum(goals.Select(g => g.Counts)), goals);
        }).ToList();
        return new StrategyRollup(definition.Id, region, Sum(areas.Select(a => a.Counts)), areas);
    }

    private static AssessmentCounts Sum(IEnumerable<AssessmentCounts> counts) => counts.Aggregate(AssessmentCounts.None, (sum, c) => sum + c);
}
