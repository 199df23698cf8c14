namespace Riktning.Data;

/// <summary>
/// What identifies the store's published state: the newest import batch (every import that adds, changes or removes
/// observations stores one), the newest stored definition revision, the newest municipality classification (a
/// changed one is stored anew), the newest outline import (in ticks; outlines are replaced, never removed) and the
/// newest write of the source's category labels and order (in ticks; an import that changes only those stores no batch,
/// and the rows are kept when a batch is undone). While all five stay the same, no observation answer, no current
/// strategy, no breakdown by municipality group, no category label and no map can have changed. Its text (the record's
/// own) is a cache key.
/// </summary>
public sealed record StoreVersion(int LatestBatch, int LatestRevision, int LatestClassification, long LatestBoundaries, long LatestCategories = 0);
