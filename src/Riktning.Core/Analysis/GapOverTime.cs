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
/// Periods where fewer than two categories have a value have no gap, never a gap of 0. When categories tie for the
/// highest or the lowest value, the one first in the source's order is named (<see cref="TieOrder"/>), as the report
/// lists them; municipalities tie by their codes.
/// </remarks>
public static class GapOverTime
{
    public static IReadOnlyList<GapSeries> From(
        IEnumerable<RegionPoint> points,
        string region,
        IReadOnlyCollection<string> municipalityKeys,
        int baselineYear,
        MeasureAnalysisOptions? options = null,
        SourceCategories? categories = null)
    {
        options ??= MeasureAnalysisOptions.Default;
        categories ??= SourceCategories.None;
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
                    : SpreadPoint(g.Key, g.Where(s => s.Point.Value is not null).Select(s => (s.Parts.Value, s.Point.Value!.Value)), TieOrder(categories, dimension.Key)))
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
                .Select(g => SpreadPoint(g.Key, g.Select(p => (p.RegionKey, p.Value!.Value)), StringComparer.Ordinal))
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

    /// <summary>Highest − lowest; ties go to the category first in <paramref name="ties"/>, so the same data always names the same ones.</summary>
    private static GapPoint SpreadPoint(string period, IEnumerable<(string Category, double Value)> values, IComparer<string> ties)
    {
        var ordered = values.OrderBy(v => v.Value).ThenBy(v => v.Category, ties).ToList();
        if (ordered.Count < 2)
        {
            return new GapPoint(period, null, null, null, ordered.Count);
        }

        var high = ordered.Where(v => v.Value == ordered[^1].Value).MinBy(v => v.Category, ties);
        return new GapPoint(period, high.Value - ordered[0].Value, high.Category, ordered[0].Category, ordered.Count);
    }

    /// <summary>
    /// The order that breaks a tie between categories of <paramref name="breakdown"/>: the source's position (one with
    /// none after those with one), then the source's label (Swedish, as the downloads label them; byte-wise, so that every
    /// machine names the same one), then the code in <see cref="CategoryOrder"/> — never the code alone, which would name
    /// <c>abroad</c> before <c>sweden</c> whatever the source's order.
    /// </summary>
    private static Comparer<string> TieOrder(SourceCategories categories, string breakdown) => Comparer<string>.Create((x, y) =>
    {
        var (a, b) = (categories.Position(breakdown, x), categories.Position(breakdown, y));
        if (a != b)
        {
            return a is null ? 1 : b is null ? -1 : a.Value.CompareTo(b.Value);
        }

        if (categories.Label(breakdown, x, "sv") is { } first && categories.Label(breakdown, y, "sv") is { } second && string.CompareOrdinal(first, second) is not 0 and var labels)
        {
            return labels;
        }

        return CategoryOrder.Instance.Compare(x, y);
    });

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
