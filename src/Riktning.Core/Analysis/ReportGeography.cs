namespace Riktning.Analysis;

/// <summary>
/// The indicator report's Norwegian figures on the geography the reader chose (<c>?geography=then|today</c>). "As then"
/// leaves every figure on the unit it was published for. "As today" places each breakdown's Norwegian series on the units
/// valid on the day through the change tables (<see cref="RegionGeography.Convert"/>): a renumbered unit's figures move
/// to the new code; a merger's parts are summed only for counts and amounts, and only when every part has a figure; a
/// split is never apportioned without a published weight. A figure that cannot move stays on its old unit (Viken 2020–2023
/// stays Viken) and is listed with the reason, so the page can say so. Swedish figures are never touched. Pure.
/// </summary>
public static class ReportGeography
{
    /// <summary>The points with the Norwegian ones placed on <paramref name="on"/>'s units, what moved and what stayed.</summary>
    public static ReportGeographyResult Today(IReadOnlyList<RegionPoint> points, MeasureKind? kind, RegionGeography geography, DateOnly on)
    {
        var result = new List<RegionPoint>(points.Count);
        var moved = new List<GeographyValue>();
        var kept = new List<KeptValue>();
        var norwegian = new List<RegionPoint>();
        foreach (var point in points)
        {
            (IsNorwegianUnit(point.RegionKey) ? norwegian : result).Add(point);
        }

        foreach (var breakdown in norwegian.GroupBy(p => p.Breakdown, StringComparer.Ordinal))
        {
            var published = breakdown.ToDictionary(p => (p.RegionKey, p.Period));
            var converted = geography.Convert(breakdown.Select(p => new PlacedValue(p.RegionKey, p.Period, p.Value)), kind ?? MeasureKind.Share, on);
            foreach (var value in converted.Values)
            {
                if (value.From.Count == 0)
                {
                    result.Add(published[(value.RegionKey, value.Period)]);
                    continue;
                }

                var parts = value.From.Select(f => published[(f, value.Period)]).ToList();
                var status = value.Value is not null ? ValueStatus.Present : parts.Count == 1 ? parts[0].Status : ValueStatus.Missing;
                var flags = parts.Aggregate(ObservationFlags.None, (all, p) => all | p.Flags);
                result.Add(new RegionPoint(value.RegionKey, breakdown.Key, value.Period, value.Value, status, parts.Max(p => p.BatchId), flags));
                if (breakdown.Key.Length == 0)
                {
                    moved.Add(value);
                }
            }

            // A figure that cannot move stays where it was published, and the page names it with the reason.
            foreach (var stay in converted.Kept)
            {
                result.Add(published[(stay.RegionKey, stay.Period)]);
                kept.Add(stay);
            }
        }

        var distinct = kept.DistinctBy(k => (k.RegionKey, k.Period, k.Reason))
            .OrderBy(k => k.RegionKey, StringComparer.Ordinal).ThenBy(k => k.Period, StatisticsPeriod.Order).ToList();
        return new ReportGeographyResult(result, moved, distinct);
    }

    private static bool IsNorwegianUnit(string key) => key.StartsWith("NO-", StringComparison.Ordinal);
}

/// <summary>The report's points on today's units, the totals that moved or were summed (with their method) and the figures that stayed.</summary>
public sealed record ReportGeographyResult(IReadOnlyList<RegionPoint> Points, IReadOnlyList<GeographyValue> Moved, IReadOnlyList<KeptValue> Kept);
