namespace Riktning.Analysis;

/// <summary>
/// How many measures moved which way. Deliberately counts, never one score: a goal with two measures better and
/// two worse is not "unchanged", and the reader should see both.
/// </summary>
public sealed record AssessmentCounts(int Better, int Worse, int Unchanged, int NotEnoughData)
{
    public static AssessmentCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Better + Worse + Unchanged + NotEnoughData;

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
