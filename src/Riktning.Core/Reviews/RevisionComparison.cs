namespace Riktning.Reviews;

/// <summary>What changed for one indicator between two revisions.</summary>
[Flags]
public enum IndicatorChange
{
    None = 0,
    Added = 1,
    Dropped = 2,
    Renamed = 4,
    Rebound = 8,
    Moved = 16,
}

/// <summary>One indicator as each of two revisions has it (null where a revision does not have it).</summary>
public sealed record IndicatorComparison(string IndicatorId, string? GoalBefore, string? GoalAfter, Indicator? Before, Indicator? After, IndicatorChange Change)
{
    public IReadOnlyList<string> MeasuresBefore => Before?.Measures.Select(m => m.Id).ToList() ?? [];

    public IReadOnlyList<string> MeasuresAfter => After?.Measures.Select(m => m.Id).ToList() ?? [];
}

/// <summary>Two revisions of a strategy side by side: every indicator of either, in the later revision's order, dropped ones after.</summary>
public sealed record RevisionComparison(StrategyDefinition Before, StrategyDefinition After, IReadOnlyList<IndicatorComparison> Indicators)
{
    public IEnumerable<IndicatorComparison> With(IndicatorChange change) => Indicators.Where(i => i.Change.HasFlag(change));

    public static RevisionComparison Compare(StrategyDefinition before, StrategyDefinition after)
    {
        var old = Index(before);
        var now = Index(after);
        var rows = new List<IndicatorComparison>();
        foreach (var (id, (goal, indicator)) in now)
        {
            if (!old.TryGetValue(id, out var was))
            {
                rows.Add(new(id, null, goal, null, indicator, IndicatorChange.Added));
                continue;
            }

            var change = IndicatorChange.None;
            if (was.Indicator.Name != indicator.Name)
            {
                change |= IndicatorChange.Renamed;
            }

            if (!was.Indicator.Measures.Select(m => m.Id).SequenceEqual(indicator.Measures.Select(m => m.Id), StringComparer.Ordinal))
            {
                change |= IndicatorChange.Rebound;
            }

            if (was.Goal != goal)
            {
                change |= IndicatorChange.Moved;
            }

            rows.Add(new(id, was.Goal, goal, was.Indicator, indicator, change));
        }

        rows.AddRange(old.Where(o => !now.ContainsKey(o.Key)).Select(o => new IndicatorComparison(o.Key, o.Value.Goal, null, o.Value.Indicator, null, IndicatorChange.Dropped)));
        return new(before, after, rows);
    }

    private static Dictionary<string, (string Goal, Indicator Indicator)> Index(StrategyDefinition definition)
    {
        // Insertion order is kept by Dictionary as long as nothing is removed, which is the order the table shows.
        var index = new Dictionary<string, (string Goal, Indicator Indicator)>(StringComparer.Ordinal);
        foreach (var goal in definition.Goals)
        {
            foreach (var indicator in goal.Indicators)
            {
                index.TryAdd(indicator.Id, (goal.Id, indicator));
            }
        }

        return index;
    }
}
