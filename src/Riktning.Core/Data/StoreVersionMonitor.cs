using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Riktning.Setup;

namespace Riktning.Data;

/// <summary>
/// The store's <see cref="StoreVersion"/>, read from the database at most once per
/// <see cref="RiktningOptions.StoreVersionCheckInterval"/>, so that caches keyed by it cost no query per request.
/// An import or definition load in this process calls <see cref="Invalidate"/> and is seen by the next request; one in
/// another process (the command line, another web instance on the same PostgreSQL) is seen within the interval.
/// </summary>
public sealed class StoreVersionMonitor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RiktningOptions> options)
{
    private readonly Lock _gate = new();
    private volatile Snapshot? _snapshot;
    private Task<StoreVersion>? _reading;
    private int _generation;

    /// <summary>The store's version as last read, read again when older than the interval or invalidated.</summary>
    public ValueTask<StoreVersion> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return snapshot is not null && clock.GetElapsedTime(snapshot.ReadAt) < options.Value.StoreVersionCheckInterval
            ? ValueTask.FromResult(snapshot.Version)
            : new ValueTask<StoreVersion>(ReadAsync(cancellationToken));
    }

    /// <summary>Forgets the version read, so the next <see cref="CurrentAsync"/> asks the database: called after a commit that changed it.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    /// <summary>
    /// One read at a time, shared by every request that finds the version expired. They wait for it (a key lookup,
    /// well under a millisecond) rather than answer from the expired version: after an idle hour that version would
    /// be an hour old, and the staleness bound would be gone.
    /// </summary>
    private async Task<StoreVersion> ReadAsync(CancellationToken cancellationToken)
    {
        Task<StoreVersion> reading;
        lock (_gate)
        {
            // On the thread pool, so that the read's own clean-up (under the same lock) always comes after this
            // assignment, even where the provider completes "async" calls synchronously, as SQLite does.
            reading = _reading ??= Task.Run(ReadFromStoreAsync, CancellationToken.None);
        }

        return await reading.WaitAsync(cancellationToken);
    }

    private async Task<StoreVersion> ReadFromStoreAsync()
    {
        try
        {
            var generation = Volatile.Read(ref _generation);
            var startedAt = clock.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            // Shared by every waiting request, so no single request's cancellation: the newest batch of each measure (one
            // grouped read over the batches' measure index, a few hundred rows even after years of refreshes), two reads
            // of a primary key, one over the outlines (a few hundred rows at most), one over the category labels' index
            // and two over the region registry and its change table (a few thousand rows).
            var batches = await db.ImportBatches.GroupBy(b => b.MeasureId)
                .Select(g => new { MeasureId = g.Key, Latest = g.Max(b => b.Id) })
                .ToListAsync(CancellationToken.None);
            var version = new StoreVersion(
                batches.Count == 0 ? 0 : batches.Max(b => b.Latest),
                await db.StrategyRevisions.MaxAsync(r => (int?)r.Id, CancellationToken.None) ?? 0,
                await db.MunicipalityClassifications.MaxAsync(c => (int?)c.Id, CancellationToken.None) ?? 0,
                (await db.RegionBoundaries.MaxAsync(b => (DateTime?)b.ImportedAtUtc, CancellationToken.None))?.Ticks ?? 0,
                (await db.BreakdownCategories.MaxAsync(c => (DateTime?)c.StoredAtUtc, CancellationToken.None))?.Ticks ?? 0,
                Math.Max(
                    (await db.Regions.MaxAsync(r => (DateTime?)r.StoredAtUtc, CancellationToken.None))?.Ticks ?? 0,
                    (await db.RegionChanges.MaxAsync(c => (DateTime?)c.StoredAtUtc, CancellationToken.None))?.Ticks ?? 0))
            {
                MeasureBatches = batches.Where(b => b.MeasureId is not null).ToFrozenDictionary(b => b.MeasureId!, b => b.Latest, StringComparer.Ordinal),
                UnattributedBatch = batches.FirstOrDefault(b => b.MeasureId is null)?.Latest ?? 0,
            };

            // An invalidation during the read may come from a commit the read did not see: this answer is still given
            // to the requests waiting for it, but the next request reads again.
            if (Volatile.Read(ref _generation) == generation)
            {
                _snapshot = new Snapshot(version, startedAt);
            }

            return version;
        }
        finally
        {
            lock (_gate)
            {
                _reading = null;
            }
        }
    }

    private sealed record Snapshot(StoreVersion Version, long ReadAt);
}
