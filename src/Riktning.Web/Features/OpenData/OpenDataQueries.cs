using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Regions;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The observation reads of the open data API. Filtering on regions, breakdowns and listed periods happens in the
/// database; period ranges and the order are applied here with ordinal comparison, since SQLite and PostgreSQL
/// collate text differently and the API must answer the same on both.
/// </summary>
public sealed class OpenDataQueries(RiktningDb db, RegionRegistry regions)
{
    /// <summary>What identifies the stored state of a measure's data: its newest import batch and its number of values.</summary>
    public async Task<(int LatestBatch, int Count)> VersionAsync(string measureId, CancellationToken cancellationToken)
    {
        var batches = from o in db.Observations
                      join s in db.ObservationSeries on o.SeriesId equals s.Id
                      where s.MeasureId == measureId
                      select o.BatchId;
        var latest = await batches.MaxAsync(b => (int?)b, cancellationToken);
        return latest is null ? (0, 0) : (latest.Value, await batches.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<ObservationDocument>> ObservationsAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken)
    {
        var query = from o in db.Observations
                    join s in db.ObservationSeries on o.SeriesId equals s.Id
                    where s.MeasureId == measureId
                    select new { s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status };
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

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => filter.InRange(r.Period))
            .OrderBy(r => r.RegionKey, StringComparer.Ordinal)
            .ThenBy(r => r.Breakdown, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal)
            .Select(r => new ObservationDocument(r.RegionKey, r.Period, ObservationFilter.Name(r.Breakdown), r.Value, r.Status))];
    }

    /// <summary>Region names by key; a code that was reused keeps its newest name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(CancellationToken cancellationToken) =>
        (await regions.ListAsync(cancellationToken: cancellationToken))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
}
