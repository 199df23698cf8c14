namespace Riktning.Statistics;

/// <summary>
/// A whole refresh as <see cref="RefreshCoordinator"/> ran it: the stored run, each measure's outcome and each declared
/// commuting table's (none in a run of named measures).
/// </summary>
public sealed record RefreshRunResult(RefreshRun Run, IReadOnlyList<RefreshOutcome> Outcomes)
{
    public IReadOnlyList<CommutingRefreshOutcome> Commuting { get; init; } = [];
}
