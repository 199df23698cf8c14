namespace Riktning.SituationAnalysis;

/// <summary>What a write to an analysis came to: not found, refused with problems at the fields, or done (no problems).</summary>
public sealed record AnalysisChange(AnnualAnalysis? Analysis, IReadOnlyList<FieldProblem> Problems)
{
    public bool Found => Analysis is not null;

    public bool Succeeded => Analysis is not null && Problems.Count == 0;

    public static AnalysisChange NotFound { get; } = new(null, []);
}
