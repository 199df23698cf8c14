namespace Riktning.SituationAnalysis;

/// <summary>A figure of a published analysis whose current value is not the one published (a source revised it, or it is new).</summary>
public sealed record FigureDifference(string MeasureId, string Series, string Period, double? Published, double? Current)
{
    /// <summary>What both values are (<see cref="CitedFigure.Basis"/>): a figure is only compared with one on the same basis.</summary>
    public Analysis.ComparisonScale Basis { get; init; } = Analysis.ComparisonScale.AsPublished;
}
