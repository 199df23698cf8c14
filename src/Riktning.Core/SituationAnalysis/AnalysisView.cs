namespace Riktning.SituationAnalysis;

/// <summary>
/// An analysis ready to show: its definition revision, its figures (stored ones once published, otherwise generated
/// now) and, for a published one, the figures that differ from the statistics as they are now.
/// </summary>
public sealed record AnalysisView(AnnualAnalysis Analysis, LoadedDefinition Definition, AnalysisContent Content, IReadOnlyList<FigureDifference> Differences)
{
    public string? Comment(string section) => Analysis.Comments.FirstOrDefault(c => c.Section == section)?.Text;

    /// <summary>The current value of a figure beside its published one, when they differ; null otherwise.</summary>
    public FigureDifference? Difference(string measureId, string series, string? period) =>
        period is null ? null : Differences.FirstOrDefault(d => d.MeasureId == measureId && d.Series == series && d.Period == period);
}
