using System.Collections.Frozen;
using System.Text;

namespace Riktning.Data;

/// <summary>
/// What identifies the store's published state: the newest import batch (every import that adds, changes or removes
/// observations stores one), the newest stored definition revision, the newest municipality classification (a
/// changed one is stored anew), the newest outline import (in ticks; outlines are replaced, never removed), the
/// newest write of the source's category labels and order (in ticks; an import that changes only those stores no batch,
/// and the rows are kept when a batch is undone) and the newest write of the region registry (in ticks: a region load
/// that adds or renames a region or a change-table line). While all six stay the same, no observation answer, no current
/// strategy, no breakdown by municipality group, no category label, no region name and no map can have changed. Its text
/// (the record's own) is a cache key.
/// <para>
/// <see cref="MeasureBatches"/> holds the newest batch of each measure, read with the rest. What shows the values of a
/// few measures only (an observations answer, an indicator page) is kept per <see cref="ForMeasures"/> instead, so that
/// an import into another measure leaves it cached: during a refresh that commits an import every few seconds, the
/// global version moves with each of them (bench/README.md, the instances verb).
/// </para>
/// </summary>
public sealed record StoreVersion(int LatestBatch, int LatestRevision, int LatestClassification, long LatestBoundaries, long LatestCategories = 0, long LatestRegions = 0)
{
    private static readonly FrozenDictionary<string, int> None = FrozenDictionary<string, int>.Empty;

    /// <summary>
    /// The newest batch of each measure that has one. Batches stored before Riktning recorded the measure count for every
    /// measure (<see cref="UnattributedBatch"/>). Not part of equality or text: it follows from the batches, so it can
    /// only differ when <see cref="LatestBatch"/> does.
    /// </summary>
    public IReadOnlyDictionary<string, int> MeasureBatches { get; init; } = None;

    /// <summary>The newest batch without a measure (stored before it was recorded); 0 when there is none.</summary>
    public int UnattributedBatch { get; init; }

    /// <summary>
    /// This version as far as the values of <paramref name="measureIds"/> go: <see cref="LatestBatch"/> is the newest batch
    /// of any of them (an import or undo of one of them stores a newer batch than every existing one, so it moves exactly
    /// when one of them changes), the other parts are this version's.
    /// </summary>
    public StoreVersion ForMeasures(IEnumerable<string> measureIds)
    {
        var latest = UnattributedBatch;
        foreach (var id in measureIds)
        {
            latest = Math.Max(latest, MeasureBatches.GetValueOrDefault(id));
        }

        return this with { LatestBatch = latest, MeasureBatches = None, UnattributedBatch = 0 };
    }

    /// <summary>The measures whose newest batch differs between this version and <paramref name="other"/>.</summary>
    public IEnumerable<string> MeasuresChangedSince(StoreVersion other) =>
        MeasureBatches.Keys.Union(other.MeasureBatches.Keys, StringComparer.Ordinal)
            .Where(id => MeasureBatches.GetValueOrDefault(id) != other.MeasureBatches.GetValueOrDefault(id));

    /// <summary>Whether everything but the batches is the same: only imports happened in between.</summary>
    public bool SameApartFromBatches(StoreVersion other) =>
        (LatestRevision, LatestClassification, LatestBoundaries, LatestCategories, LatestRegions, UnattributedBatch)
        == (other.LatestRevision, other.LatestClassification, other.LatestBoundaries, other.LatestCategories, other.LatestRegions, other.UnattributedBatch);

    public bool Equals(StoreVersion? other) =>
        other is not null
        && (LatestBatch, LatestRevision, LatestClassification, LatestBoundaries, LatestCategories, LatestRegions)
        == (other.LatestBatch, other.LatestRevision, other.LatestClassification, other.LatestBoundaries, other.LatestCategories, other.LatestRegions);

    public override int GetHashCode() =>
        HashCode.Combine(LatestBatch, LatestRevision, LatestClassification, LatestBoundaries, LatestCategories, LatestRegions);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"LatestBatch = {LatestBatch}, LatestRevision = {LatestRevision}, LatestClassification = {LatestClassification}, LatestBoundaries = {LatestBoundaries}, LatestCategories = {LatestCategories}, LatestRegions = {LatestRegions}");
        return true;
    }
}
