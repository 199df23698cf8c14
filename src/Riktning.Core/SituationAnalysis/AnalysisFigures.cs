using Riktning.Analysis;

namespace Riktning.SituationAnalysis;

/// <summary>The figures an analysis cites, flat (what its Excel file holds), and how a published analysis differs from the same analysis generated now.</summary>
public static class AnalysisFigures
{
    public const string GapPrefix = "gap:";

    /// <summary>Every figure, measure by measure in the document's order: the region's and the country's totals, Norway, then the gaps.</summary>
    public static IReadOnlyList<CitedFigure> Of(AnalysisContent content) => [.. content.Measures.SelectMany(Of)];

    public static IEnumerable<CitedFigure> Of(MeasureFigures m) =>
        m.Series.Concat(m.CountrySeries).Select(p => new CitedFigure(m.MeasureId, p.RegionKey, p.Period, p.Value, p.BatchId))
            .Concat(m.Norway.Select(n => new CitedFigure(m.MeasureId, n.RegionKey, n.Period, n.Value, null) { Basis = m.PerThousand ? ComparisonScale.PerThousandInhabitants : ComparisonScale.AsPublished }))
            .Concat(m.Gaps.SelectMany(g => g.Points.Select(p => new CitedFigure(m.MeasureId, GapPrefix + g.Dimension, p.Period, p.Gap, null))));

    /// <summary>
    /// The figures of <paramref name="published"/> whose value in <paramref name="current"/> differs, and the figures
    /// <paramref name="current"/> has that the published one did not (a period published later, a measure's first values).
    /// A figure is compared only with one on the same <see cref="CitedFigure.Basis"/>: a neighbour's head count published
    /// before counts were compared per 1 000 inhabitants is not "revised" to its figure per 1 000.
    /// </summary>
    public static IReadOnlyList<FigureDifference> Differences(AnalysisContent published, AnalysisContent current)
    {
        var now = Of(current).ToDictionary(f => (f.MeasureId, f.Series, f.Period, f.Basis), f => f.Value);
        var then = Of(published).ToDictionary(f => (f.MeasureId, f.Series, f.Period, f.Basis), f => f.Value);
        var nowOtherwise = now.Keys.Select(k => (k.MeasureId, k.Series, k.Period)).ToHashSet();
        var thenOtherwise = then.Keys.Select(k => (k.MeasureId, k.Series, k.Period)).ToHashSet();
        var changed = then
            .Where(f => now.ContainsKey(f.Key) || !nowOtherwise.Contains((f.Key.MeasureId, f.Key.Series, f.Key.Period)))
            .Where(f => !Same(f.Value, now.GetValueOrDefault(f.Key)))
            .Select(f => new FigureDifference(f.Key.MeasureId, f.Key.Series, f.Key.Period, f.Value, now.GetValueOrDefault(f.Key)) { Basis = f.Key.Basis });
        var added = now
            .Where(f => !then.ContainsKey(f.Key) && !thenOtherwise.Contains((f.Key.MeasureId, f.Key.Series, f.Key.Period)) && f.Value is not null)
            .Select(f => new FigureDifference(f.Key.MeasureId, f.Key.Series, f.Key.Period, null, f.Value) { Basis = f.Key.Basis });
        return [.. changed.Concat(added)];
    }

    // Values are stored as doubles and computed gaps can differ in the last bit; a revision of a published figure is never that small.
    private static bool Same(double? a, double? b) => a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));
}
