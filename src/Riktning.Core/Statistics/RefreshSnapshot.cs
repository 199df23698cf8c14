namespace Riktning.Statistics;

/// <summary>One moment of <see cref="RefreshProgress"/>: the state, measures done of all, and the measures that failed.</summary>
public sealed record RefreshSnapshot(RefreshState State, int Done, int Total, IReadOnlyList<RefreshOutcome> Failures)
{
    public static RefreshSnapshot Idle { get; } = new(RefreshState.Idle, 0, 0, []);
}
