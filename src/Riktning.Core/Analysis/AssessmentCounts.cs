namespace Riktning.Analysis;

/// <summary>
/// How many measures moved which way. Deliberately counts, never one score: a goal with two measures better and
/// two worse is not "unchanged", and the reader should see both.
/// </summary>
public sealed record AssessmentCounts(int Better, int Worse, int Unchanged, int NotEnoughData)
{
    public static AssessmentCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Better + Worse + Unchanged + NotEnoughData;

    /// <summary>
    /// One status for an indicator's measures: the common assessment of those that have one, <see cref="IndicatorStatus.Mixed"/>
    /// when they differ. Measures without enough data do not turn an agreeing indicator into "mixed"; the counts show them.
    /// </summary>
    public IndicatorStatus Status =>
        ((Better > 0 ? 1 : 0) + (Worse > 0 ? 1 : 0) + (Unchanged > 0 ? 1 : 0)) switch
        {
            0 => IndicatorStatus.NotEnoughData,
            > 1 => IndicatorStatus.Mixed,
            _ => Better > 0 ? IndicatorStatus.Better : Worse > 0 ? IndicatorStatus.Worse : IndicatorStatus.Unchanged,
        };

    public static AssessmentCounts Of(IEnumerable<Assessment> assessments) =>
        assessments.Aggregate(None, (counts, assessment) => counts.Add(assessment));

    public AssessmentCounts Add(Assessment assessment) => assessment switch
    {
        Assessment.Better => this with { Better = Better + 1 },
        Assessment.Worse => this with { Worse = Worse + 1 },
        Assessment.Unchanged => this with { Unchanged = Unchanged + 1 },
        _ => this with { NotEnoughData = NotEnoughData + 1 },
    };

    public static AssessmentCounts operator +(AssessmentCounts left, AssessmentCounts right) =>
        new(left.Better + right.Better, left.Worse + right.Worse, left.Unchanged + right.Unchanged, left.NotEnoughData + right.NotEnoughData);

    public static AssessmentCounts Add(AssessmentCounts left, AssessmentCounts right) => left + right;
}
