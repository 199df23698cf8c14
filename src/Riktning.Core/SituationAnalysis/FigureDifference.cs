namespace Riktning.SituationAnalysis;

/// <summary>A figure of a published analysis whose current value is not the one published (a source revised it, or it is new).</summary>
public sealed record FigureDifference(string MeasureId, string Series, string Period, double? Published, double? Current);
