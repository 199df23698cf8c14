namespace Riktning.Statistics;

/// <summary>
/// How the server's own refresh is going (the first start's, see <see cref="FirstStartRefresh"/>), for the start page:
/// "fetching statistics: 12 of 40 measures", then what failed. One per process; each change replaces the snapshot whole.
/// </summary>
public sealed class RefreshProgress
{
    private volatile RefreshSnapshot _current = RefreshSnapshot.Idle;

    public RefreshSnapshot Current => _current;

    public void Start(int total) => _current = new RefreshSnapshot(RefreshState.Running, 0, total, []);

    public void Advance(int done, int total) => _current = _current with { Done = done, Total = total };

    public void Finish(IReadOnlyList<RefreshOutcome> outcomes) =>
        _current = new RefreshSnapshot(RefreshState.Finished, outcomes.Count, outcomes.Count, [.. outcomes.Where(o => o.Error is not null)]);
}
