namespace Riktning.Data;

/// <summary>
/// What identifies the store's published state: the newest import batch (every import that adds, changes or removes
/// observations stores one), the newest stored definition revision and the newest municipality classification (a
/// changed one is stored anew). While all three stay the same, no observation answer, no current strategy and no
/// breakdown by municipality group can have changed.
/// </summary>
public sealed record StoreVersion(int LatestBatch, int LatestRevision, int LatestClassification);
