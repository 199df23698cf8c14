using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Statistics;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The observation reads of the open data API. Filtering on measure, regions, breakdowns and listed periods happens in
/// the database, through the series' unique index and the observations' key, so a request reads only the rows it
/// answers with; period ranges and the order are applied here with ordinal comparison, since SQLite and PostgreSQL
/// collate text differently and the API must answer the same on both.
/// </summary>
public sealed class OpenDataQueries(RiktningDb db, RegionRegistry regions, IMemoryCache cache)
{
    /// <summary>
    /// Region names change only when the region lists are loaded again, and every JSON-stat or CSV answer needs them;
    /// a short expiry bounds how long a renamed region keeps its old name.
    /// </summary>
    private static readonly TimeSpan RegionNamesLifetime = TimeSpan.FromMinutes(5);

    private static readonly object RegionNamesKey = new();

    public async Task<ObservationSelection> ObservationsAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken)
    {
        var query = from o in db.Observations.AsNoTracking()
                    join s in db.ObservationSeries.AsNoTracking() on o.SeriesId equals s.Id
                    where s.MeasureId == measureId
                    select new { s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status, o.BatchId };
        if (filter.Regions.Count > 0)
        {
            var wanted = filter.Regions;
            query = query.Where(x => wanted.Contains(x.RegionKey));
        }

        if (filter.Breakdowns.Count > 0)
        {
            var wanted = filter.Breakdowns;
            query = query.Where(x => wanted.Contains(x.Breakdown));
        }

        if (filter.Periods.Count > 0)
        {
            var wanted = filter.Periods;
            query = query.Where(x => wanted.Contains(x.Period));
        }

        var rows = (await query.ToListAsync(cancellationToken)).Where(r => filter.InRange(r.Period)).ToList();
        rows.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a.RegionKey, b.RegionKey);
            order = order != 0 ? order : string.CompareOrdinal(a.Breakdown, b.Breakdown);
            return order != 0 ? order : string.CompareOrdinal(a.Period, b.Period);
        });
        var documents = rows.ConvertAll(r => new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), r.Value, r.Status, r.BatchId));
        return new ObservationSelection(documents, rows.Count == 0 ? 0 : rows.Max(r => r.BatchId), rows.Count);
    }

    /// <summary>Region names by key; a code that was reused keeps its newest name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(RegionNamesKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = RegionNamesLifetime;
            return (IReadOnlyDictionary<string, string>)(await regions.ListAsync(cancellationToken: cancellationToken))
                .GroupBy(r => r.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
        }) ?? throw new InvalidOperationException("the region names could not be cached");
}
