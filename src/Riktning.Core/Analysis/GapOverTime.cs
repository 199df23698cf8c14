using Riktning.Statistics;

namespace Riktning.Analysis;

/// <summary>
/// The gaps of a measure in a region, period by period, for every breakdown the data has: women − men, the spread
/// (highest − lowest) between the categories of each other one-dimension breakdown, and the spread between the region's
/// municipalities. Pure: the points the analysis already read go in, a series per breakdown comes out.
/// </summary>
/// <remarks>
/// A gap is closing when its size (absolute value) at the latest period is smaller than at the baseline by more than
/// the measure's tolerance (<see cref="MeasureAnalysisOptions.ToleranceFor"/> applied to the baseline gap, in the
/// measure's unit), the same rule the trend of the total uses. The baseline is the first period in or after the
/// baseline year with a gap, else the first period with one. Crossed breakdowns (age × sex) are left to the report.
/// Periods where fewer than two categories have a value have no gap, never a gap of 0.
/// </remarks>
public static class GapOverTime
{
    public static IReadOnlyList<GapSeries> From(
        IEnumerable<RegionPoint> points,
        string region,
        IReadOnlyCollection<string> municipalityKeys,
        int baselineYear,
        MeasureAnalysisOptions? options = null)
    {
        options ??= MeasureAnalysisOptions.Default;
        var all = points as IReadOnlyList<RegionPoint> ?? [.. points];
        var single = all
            .Where(p => p.RegionKey == region && p.Breakdown.Length > 0 && !p.Breakdown.Contains(';', StringComparison.Ordinal))
            .Select(p => (Parts: BreakdownKey.Parse(p.Breakdown).Single(), Point: p))
            .ToList();

        var series = new List<GapSeries>();
        foreach (var dimension in single.GroupBy(s => s.Parts.Key, StringComparer.Ordinal).OrderBy(g => g.Key == "sex" ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var byPeriod = dimension
                .GroupBy(s => s.Point.Period, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StatisticsPeriod.Order)
                .Select(g => dimension.Key == "sex"
                    ? SexPoint(g.Key, g.ToDictionary(s => s.Parts.Value, s => s.Point.Value, StringComparer.Ordinal))
                    : SpreadPoint(g.Key, g.Where(s => s.Point.Value is not null).Select(s => (s.Parts.Value, s.Point.Value!.Value))))
                .ToList();
            series.Add(Judge(dimension.Key, byPeriod, baselineYear, options));
        }

        var municipalities = new HashSet<string>(municipalityKeys, StringComparer.Ordinal);
        var local = all.Where(p => p.Breakdown.Length == 0 && p.Value is not null && municipalities.Contains(p.RegionKey)).ToList();
        if (local.Count > 0)
        {
            var byPeriod = local
                .GroupBy(p => p.Period, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StatisticsPeriod.Order)
                .Select(g => SpreadPoint(g.Key, g.Select(p => (p.RegionKey, p.Value!.Value))))
                .ToList();
            series.Add(Judge(GapSeries.Municipality, byPeriod, baselineYear, options));
        }

        return series;
    }

    private static GapPoint SexPoint(string period, Dictionary<string, double?> values)
    {
        var women = values.GetValueOrDefault("women");
        var men = values.GetValueOrDefault("men");
        return new GapPoint(period, women - men, "women", "men", (women is null ? 0 : 1) + (men is null ? 0 : 1));
    }

    /// <summary>Highest − lowest; ties go to the lowest category name, so the same data always names the same ones.</summary>
    private static GapPoint SpreadPoint(string period, IEnumerable<(string Category, double Value)> values)
    {
        var ordered = values.OrderBy(v => v.Value).ThenBy(v => v.Category, StringComparer.Ordinal).ToList();
        if (ordered.Count < 2)
        {
            return new GapPoint(period, null, null, null, ordered.Count);
        }

        var high = ordered.Where(v => v.Value == ordered[^1].Value).MinBy(v => v.Category, StringComparer.Ordinal);
        return new GapPoint(period, high.Value - ordered[0].Value, high.Category, ordered[0].Category, ordered.Count);
    }

    private static GapSeries Judge(string dimension, IReadOnlyList<GapPoint> points, int baselineYear, MeasureAnalysisOptions options)
    {
        var valued = points.Where(p => p.Gap is not null).ToList();
        var baseline = valued.FirstOrDefault(p => StatisticsPeriod.Year(p.Period) >= baselineYear) ?? valued.FirstOrDefault();
        var latest = valued.LastOrDefault();
        if (baseline is null || latest is null)
        {
            return new GapSeries(dimension, points, null, null, null, null, null, GapTrend.NotEnoughData);
        }

        var tolerance = options.ToleranceFor(baseline.Gap!.Value);
        var change = Math.Abs(latest.Gap!.Value) - Math.Abs(baseline.Gap.Value);
        var trend = ReferenceEquals(baseline, latest) || StatisticsPeriod.Order.Compare(latest.Period, baseline.Period) <= 0 ? GapTrend.NotEnoughData
            : Math.Abs(change) <= tolerance ? GapTrend.Unchanged
            : change < 0 ? GapTrend.Closing
            : GapTrend.Widening;
        return new GapSeries(dimension, points, baseline.Period, baseline.Gap, latest.Period, latest.Gap, tolerance, trend);
    }
}
