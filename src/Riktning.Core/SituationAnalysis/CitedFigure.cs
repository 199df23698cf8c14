namespace Riktning.SituationAnalysis;

/// <summary>
/// One figure an analysis cites, flat: a measure's value in a series and period. <see cref="Series"/> is a region key
/// (<c>SE-17</c>, <c>SE</c>, <c>NO-34</c>) for totals, or <c>gap:DIMENSION</c> for a gap. <see cref="BatchId"/> is the
/// import that wrote a stored value; null for a gap, which is computed from several. <see cref="Basis"/> says what the
/// value is: as published, or (a Norwegian neighbour's figure in the comparison of a count) per 1 000 inhabitants.
/// </summary>
public sealed record CitedFigure(string MeasureId, string Series, string Period, double? Value, int? BatchId)
{
    public Analysis.ComparisonScale Basis { get; init; } = Analysis.ComparisonScale.AsPublished;
}
