using Riktning.CrossBorder.Commuting;

namespace Riktning.Statistics;

/// <summary>
/// What refreshing one declared commuting table (<see cref="Strategy.CommutingTableSource"/>) did in a whole refresh:
/// imported (with its counts) or failed (and why; nothing of the table stored).
/// </summary>
public sealed record CommutingRefreshOutcome(string Key, string Table, CommutingImportResult? Result, string? Error)
{
    /// <summary>The line the run's history keeps: <c>commuting ssb-13631: 24 added, 0 changed, 0 unchanged</c>.</summary>
    public string Summary => Result is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"commuting {Key}: {r.Added} added, {r.Changed} changed, {r.Unchanged} unchanged")
        : $"commuting {Key}: failed: {Error}";
}
