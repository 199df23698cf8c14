using Microsoft.Extensions.DependencyInjection;
using Riktning.Analysis;
using Riktning.Setup;

namespace Riktning.Statistics;

/// <summary>Read-side questions the pages ask of the observation store.</summary>
public sealed class ObservationQueries(RiktningDb db, StoreVersionSnapshot versions, StoreVersionCache cache)
{
    /// <summary>About what one measure's status or one total costs in memory, for the cache's size limit.</summary>
    private const long RowBytes = 200;

    /// <summary>How long counting the values of batches stored without a measure may take (bench/README.md, the instances verb).</summary>
    private static readonly TimeSpan StatusTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many values each measure has, its latest period and when it was last imported; measures without values are
    /// left out. Read from the import batches (<see cref="ImportBatch.Holds"/>, <see cref="ImportBatch.LatestPeriod"/>),
    /// not by counting the observations, and only an import can change the answer, so it is built once per
    /// <see cref="StoreVersion"/> for every measure; should a build be slow, the previous version's answer is given while
    /// the new one is built (<see cref="RiktningOptions.StaleAnswerWait"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, MeasureDataStatus>> StatusAsync(IEnumerable<string> measureIds, CancellationToken cancellationToken = default)
    {
        var all = await cache.GetAllowingStaleAsync(
            "status",
            await versions.CurrentAsync(cancellationToken),
            (services, ct) => ReadStatusAsync(services.GetRequiredService<RiktningDb>(), ct),
            status => status.Count * RowBytes,
            cancellationToken,
            versions.MarkStale);
        var result = new Dictionary<string, MeasureDataStatus>(StringComparer.Ordinal);
        foreach (var id in measureIds)
        {
            if (all.TryGetValue(id, out var status))
            {
                result[id] = status;
            }
        }

        return result;
    }

    /// <summary>The total (no breakdown) of every region in the measure's latest period, ordered by region key.</summary>
    public async Task<IReadOnlyList<LatestValue>> LatestTotalsAsync(string measureId, CancellationToken cancellationToken = default)
    {
        var totals = from o in db.Observations
                     join s in db.ObservationSeries on o.SeriesId equals s.Id
                     where s.MeasureId == measureId && s.Breakdown == BreakdownKey.Total
                     select new { s.RegionKey, o.Period, o.Value, o.Status, o.Flags };
        var latest = await totals.MaxAsync(t => (string?)t.Period, cancellationToken);
        if (latest is null)
        {
            return [];
        }

        var rows = await totals.Where(t => t.Period == latest).OrderBy(t => t.RegionKey).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LatestValue(r.RegionKey, r.Period, r.Value, r.Status, r.Flags))];
    }

    /// <summary>
    /// Per measure that has a total for <paramref name="regionKey"/>: that total in its latest period, and the totals of
    /// <paramref name="comparisonKeys"/> in the same period. One query per store version reads these regions' totals
    /// of every measure.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ComparedTotals>> ComparedTotalsAsync(
        IEnumerable<string> measureIds, string regionKey, IReadOnlyList<string> comparisonKeys, CancellationToken cancellationToken = default)
    {
        var ids = measureIds.ToHashSet(StringComparer.Ordinal);
        List<string> keys = [.. comparisonKeys.Append(regionKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var totals = await cache.GetAsync(
            string.Join('\u001e', ["totals-of", .. keys]),
            await versions.CurrentAsync(cancellationToken),
            (services, ct) => ReadTotalsAsync(services.GetRequiredService<RiktningDb>(), keys, ct),
            values => values.Count * RowBytes,
            cancellationToken);
        var rows = totals.Where(t => ids.Contains(t.MeasureId));

        var result = new Dictionary<string, ComparedTotals>(StringComparer.Ordinal);
        foreach (var measure in rows.GroupBy(r => r.MeasureId, r => r.Value, StringComparer.Ordinal))
        {
            // Periods order as statistics do (2024 before 2024K1 before 2025), not as strings.
            if (measure.Where(v => v.RegionKey == regionKey).MaxBy(v => v.Period, StatisticsPeriod.Order) is not { } own)
            {
                continue;
            }

            var comparisons = measure
                .Where(v => v.RegionKey != regionKey && v.Period == own.Period)
                .ToDictionary(v => v.RegionKey, StringComparer.Ordinal);
            result[measure.Key] = new ComparedTotals(measure.Key, own.Period, own, comparisons);
        }

        return result;
    }

    private static async Task<IReadOnlyList<(string MeasureId, LatestValue Value)>> ReadTotalsAsync(RiktningDb db, List<string> keys, CancellationToken cancellationToken)
    {
        var rows = await (from o in db.Observations
                          join s in db.ObservationSeries on o.SeriesId equals s.Id
                          where keys.Contains(s.RegionKey) && s.Breakdown == BreakdownKey.Total
                          select new { s.MeasureId, Value = new LatestValue(s.RegionKey, o.Period, o.Value, o.Status, o.Flags) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.MeasureId, r.Value))];
    }

    private static async Task<IReadOnlyDictionary<string, MeasureDataStatus>> ReadStatusAsync(RiktningDb db, CancellationToken cancellationToken)
    {
        // From the batches, not the observations: each batch keeps how many values name it (ImportBatch.Holds) and the
        // newest period it wrote, so the status costs a read of the batches (a few hundred rows) instead of a count of
        // every observation (15–80 s at 100 M values, bench/README.md, the instances verb). A measure's last import is
        // the newest batch that still holds values, as when the values were counted.
        var rows = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Holds > 0 && b.MeasureId != null)
            .GroupBy(b => b.MeasureId!)
            .Select(g => new { MeasureId = g.Key, Values = g.Sum(b => b.Holds), Latest = g.Max(b => b.LatestPeriod), Imported = g.Max(b => b.RetrievedAtUtc) })
            .ToListAsync(cancellationToken);
        var status = rows.ToDictionary(r => r.MeasureId, r => new MeasureDataStatus(r.MeasureId, r.Values, r.Latest ?? "", r.Imported), StringComparer.Ordinal);
        if (await db.ImportBatches.AnyAsync(b => b.Holds > 0 && b.MeasureId == null, cancellationToken))
        {
            await AddUnattributedAsync(db, status, cancellationToken);
        }

        return status;
    }

    /// <summary>
    /// Values still written by batches stored before Riktning recorded a batch's measure are counted from the
    /// observations (every observation read: a store migrated from then, until a later import has replaced them).
    /// </summary>
    private static async Task AddUnattributedAsync(RiktningDb db, Dictionary<string, MeasureDataStatus> status, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(StatusTimeout);
        var rows = await (from o in db.Observations
                          join s in db.ObservationSeries on o.SeriesId equals s.Id
                          join b in db.ImportBatches on o.BatchId equals b.Id
                          where b.MeasureId == null
                          group new { o.Period, b.RetrievedAtUtc } by s.MeasureId into g
                          select new { MeasureId = g.Key, Values = g.Count(), Latest = g.Max(x => x.Period), Imported = g.Max(x => x.RetrievedAtUtc) })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            status[row.MeasureId] = status.TryGetValue(row.MeasureId, out var attributed)
                ? new MeasureDataStatus(
                    row.MeasureId,
                    attributed.Values + row.Values,
                    string.CompareOrdinal(attributed.LatestPeriod, row.Latest) >= 0 ? attributed.LatestPeriod : row.Latest,
                    attributed.LastImportUtc > row.Imported ? attributed.LastImportUtc : row.Imported)
                : new MeasureDataStatus(row.MeasureId, row.Values, row.Latest, row.Imported);
        }
    }
}
