namespace Riktning.Analysis;

/// <summary>
/// Builds a <see cref="BorderTable"/> from a pair's Swedish and Norwegian values. Pure. The Norwegian values are first
/// placed on the chosen geography (as published, or on today's units with <see cref="RegionGeography.Convert"/>: a split
/// without a published weight keeps the value on its old unit, with the reason), then brought onto the Swedish
/// measure's definition by the pair's rule (<see cref="Harmonisation"/>): placing comes first because the change
/// tables speak of the periods SSB published, before any shift.
/// </summary>
public static class BorderComparison
{
    /// <param name="pair">A comparable pair; one marked not comparable is refused with its reason.</param>
    /// <param name="norwegianKind">The Norwegian measure's kind: only counts and amounts are summed through a merger.</param>
    /// <param name="home">The strategy's region, whose latest period is the table's period.</param>
    /// <param name="regions">The rows, in display order.</param>
    /// <param name="swedish">The Swedish measure's totals.</param>
    /// <param name="norwegian">The Norwegian measure's values: totals (category "") or, with a rule, the rule's categories.</param>
    /// <param name="geography">Null for as published; otherwise the change tables that place values on the units valid on <paramref name="on"/>.</param>
    /// <param name="on">The day whose units "as today" means.</param>
    public static BorderTable From(
        MeasurePair pair,
        MeasureKind? norwegianKind,
        string home,
        IReadOnlyList<string> regions,
        IEnumerable<PlacedValue> swedish,
        IEnumerable<(string Category, PlacedValue Value)> norwegian,
        RegionGeography? geography,
        DateOnly on)
    {
        pair.RequireComparable();
        var rule = pair.Rule is { Kind: not HarmonisationKind.Currency } r ? r : null;
        var kept = new List<KeptValue>();
        var placed = new List<(string Category, PlacedValue Value)>();
        foreach (var category in norwegian.GroupBy(n => n.Category, StringComparer.Ordinal))
        {
            if (geography is null)
            {
                placed.AddRange(category);
                continue;
            }

            var result = geography.Convert(category.Select(c => c.Value), norwegianKind ?? MeasureKind.Share, on);
            placed.AddRange(result.Values.Select(v => (category.Key, new PlacedValue(v.RegionKey, v.Period, v.Value))));
            kept.AddRange(result.Kept);
        }

        // Per region: (period on the Swedish measure's terms, period as published, value).
        var series = new Dictionary<string, List<(string Period, string Published, double Value)>>(StringComparer.Ordinal);
        foreach (var value in swedish.Where(v => v.Value is not null))
        {
            Add(series, value.RegionKey, (value.Period, value.Period, value.Value!.Value));
        }

        foreach (var region in placed.GroupBy(p => p.Value.RegionKey, StringComparer.Ordinal))
        {
            if (rule is null)
            {
                foreach (var value in region.Where(p => p.Value.Value is not null))
                {
                    Add(series, region.Key, (value.Value.Period, value.Value.Period, value.Value.Value!.Value));
                }

                continue;
            }

            foreach (var (period, value) in Harmonisation.Apply(rule, region.Select(p => (p.Value.Period, p.Category, p.Value.Value))))
            {
                Add(series, region.Key, (period, Harmonisation.Shift(period, -rule.PeriodShift), value));
            }
        }

        var common = series.GetValueOrDefault(home)?.Select(p => p.Period).Max(StatisticsPeriod.Order);
        var rows = regions.Select(key =>
        {
            var points = series.GetValueOrDefault(key);
            if (points is null || points.Count == 0)
            {
                return new BorderRow(key, null, null, null);
            }

            var chosen = points.Any(p => p.Period == common) ? points.First(p => p.Period == common) : points.MaxBy(p => p.Period, StatisticsPeriod.Order);
            return new BorderRow(key, chosen.Period, chosen.Published, chosen.Value);
        }).ToList();

        var distinct = kept.DistinctBy(k => (k.RegionKey, k.Period, k.Reason)).OrderBy(k => k.RegionKey, StringComparer.Ordinal).ThenBy(k => k.Period, StatisticsPeriod.Order).ToList();
        return new BorderTable(pair, common, rows, distinct, geography is null ? GeographyChoice.AsThen : GeographyChoice.AsToday, on);
    }

    private static void Add(Dictionary<string, List<(string, string, double)>> series, string key, (string, string, double) point)
    {
        if (!series.TryGetValue(key, out var list))
        {
            series[key] = list = [];
        }

        list.Add(point);
    }
}
