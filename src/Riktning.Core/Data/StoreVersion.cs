namespace Riktning.Data;

/// <summary>
/// What identifies the store's published state: the newest import batch (every import that adds, changes or removes
/// observations stores one) and the newest stored definition revision. While both stay the same, no observation
/// answer and no current strategy can have changed.
/// </summary>
public sealed record StoreVersion(int LatestBatch, int LatestRevision);
