namespace Riktning.Statistics;

/// <summary>A whole refresh as <see cref="RefreshCoordinator"/> ran it: the stored run and each measure's outcome.</summary>
public sealed record RefreshRunResult(RefreshRun Run, IReadOnlyList<RefreshOutcome> Outcomes);
