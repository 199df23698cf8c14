namespace Riktning.Statistics;

/// <summary>
/// How the server's own refresh is going (the first start's, see <see cref="FirstStartRefresh"/>), for the start page:
/// "fetching statistics: 12 of 40 measures", then what failed. One per process; each change replaces the snapshot whole.
/// </summary>
public sealed class RefreshProgress
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RefreshOutcome> _latest = new(StringComparer.Ordinal);

    private volatile RefreshSnapshot _current = RefreshSnapshot.Idle;

    public RefreshSnapshot Current => _current;

    public void Start(int total) => _current = new RefreshSnapshot(RefreshState.Running, 0, total, []);

    public void Advance(int done, int total) => _current = _current with { Done = done, Total = total };

    public void Finish(IReadOnlyList<RefreshOutcome> outcomes)
    {
        Record(outcomes);
        _current = new RefreshSnapshot(RefreshState.Finished, outcomes.Count, outcomes.Count, [.. outcomes.Where(o => o.Error is not null)]);
    }

    /// <summary>
    /// The last refresh outcome of each measure in this process (the first start's and the data desk's "refresh now"),
    /// for the data desk: a failed refresh stores no batch, so only this remembers it.
    /// </summary>
    public IReadOnlyDictionary<string, RefreshOutcome> Latest => _latest;

    public void Record(IEnumerable<RefreshOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _latest[outcome.MeasureId] = outcome;
        }
    }
}
