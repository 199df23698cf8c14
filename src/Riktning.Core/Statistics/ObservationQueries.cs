using Microsoft.EntityFrameworkCore;
using Riktning.Data;

namespace Riktning.Statistics;

/// <summary>Read-side questions the pages ask of the observation store.</summary>
public sealed class ObservationQueries(RiktningDb db)
{
    public async Task<IReadOnlyDictionary<string, MeasureDataStatus>> StatusAsync(IEnumerable<string> measureIds, CancellationToken cancellationToken = default)
    {
        var ids = measureIds.ToList();
        var rows = await (from o in db.Observations
                          join s in db.ObservationSeries on o.SeriesId equals s.Id
                          join b in db.ImportBatches on o.BatchId equals b.Id
                          where ids.Contains(s.MeasureId)
                          group new { o.Period, b.RetrievedAtUtc } by s.MeasureId into g
                          select new { MeasureId = g.Key, Values = g.Count(), Latest = g.Max(x => x.Period), Imported = g.Max(x => x.RetrievedAtUtc) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.MeasureId, r => new MeasureDataStatus(r.MeasureId, r.Values, r.Latest, r.Imported), StringComparer.Ordinal);
    }

    /// <summary>The total (no breakdown) of every region in the measure's latest period, ordered by region key.</summary>
    public async Task<IReadOnlyList<LatestValue>> LatestTotalsAsync(string measureId, CancellationToken cancellationToken = default)
    {
        var totals = from o in db.Observations
                     join s in db.ObservationSeries on o.SeriesId equals s.Id
                     where s.MeasureId == measureId && s.Breakdown == BreakdownKey.Total
                     select new { s.RegionKey, o.Period, o.Value, o.Status };
        var latest = await totals.MaxAsync(t => (string?)t.Period, cancellationToken);
        if (latest is null)
        {
            return [];
        }

        var rows = await totals.Where(t => t.Period == latest).OrderBy(t => t.RegionKey).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LatestValue(r.RegionKey, r.Period, r.Value, r.Status))];
    }
}
