using Microsoft.Extensions.Caching.Memory;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The observation reads of the open data API. Every filter, the order and the page happen in the database, through the
/// series' unique index and the observations' key, so a request reads only the rows it answers with, however large the
/// measure. Text is compared byte-wise (ordinal) on both providers: SQLite's default collation is, and PostgreSQL is
/// asked for the "C" collation, so that the API answers and pages the same on both.
/// </summary>
public sealed class OpenDataQueries(RiktningDb db, RegionRegistry regions, IMemoryCache cache)
{
    /// <summary>
    /// Region names change only when the region lists are loaded again, and every JSON-stat or CSV answer needs them;
    /// a short expiry bounds how long a renamed region keeps its old name.
    /// </summary>
    private static readonly TimeSpan RegionNamesLifetime = TimeSpan.FromMinutes(5);

    private static readonly object RegionNamesKey = new();

    /// <summary>PostgreSQL's byte-wise collation.</summary>
    private const string Ordinal = "C";

    public async Task<ObservationSelection> ObservationsAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken)
    {
        // One row more than the page tells whether a next page exists, without counting the rest.
        var rows = new List<ObservationDocument>();
        await foreach (var row in ReadAsync(measureId, filter, filter.Offset, filter.Limit + 1, cancellationToken))
        {
            rows.Add(row);
        }

        return new ObservationSelection(rows.Count > filter.Limit ? rows[..filter.Limit] : rows, rows.Count > filter.Limit);
    }

    /// <summary>The page of the selection, row by row as the store gives them: a large answer is written while it is read.</summary>
    public IAsyncEnumerable<ObservationDocument> StreamAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(measureId, filter, filter.Offset, filter.Limit, cancellationToken);

    /// <summary>Whether the selection goes on after the page (one row read), for the next link of a streamed answer.</summary>
    public async Task<bool> HasMoreAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken)
    {
        await foreach (var _ in ReadAsync(measureId, filter, filter.Offset + filter.Limit, 1, cancellationToken))
        {
            return true;
        }

        return false;
    }

    private async IAsyncEnumerable<ObservationDocument> ReadAsync(
        string measureId, ObservationFilter filter, int skip, int take, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = from o in db.Observations.AsNoTracking()
                    join s in db.ObservationSeries.AsNoTracking() on o.SeriesId equals s.Id
                    where s.MeasureId == measureId
                    select new { s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status, o.BatchId, o.Flags };
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

        var postgres = db is PostgresRiktningDb;

        // string.Compare is translated to SQL's comparison, where the collation (binary or "C") makes it ordinal.
#pragma warning disable CA1309
        if (filter.From is { } from)
        {
            query = postgres ? query.Where(x => string.Compare(EF.Functions.Collate(x.Period, Ordinal), from) >= 0) : query.Where(x => string.Compare(x.Period, from) >= 0);
        }

        if (filter.To is { } to)
        {
            query = postgres ? query.Where(x => string.Compare(EF.Functions.Collate(x.Period, Ordinal), to) <= 0) : query.Where(x => string.Compare(x.Period, to) <= 0);
        }

#pragma warning restore CA1309
        query = postgres
            ? query.OrderBy(x => EF.Functions.Collate(x.RegionKey, Ordinal)).ThenBy(x => EF.Functions.Collate(x.Breakdown, Ordinal)).ThenBy(x => EF.Functions.Collate(x.Period, Ordinal))
            : query.OrderBy(x => x.RegionKey).ThenBy(x => x.Breakdown).ThenBy(x => x.Period);

        // A value that is not finite cannot be written as JSON; the importers refuse them, and one stored before they
        // did is answered as missing rather than failing every answer for the measure.
        await foreach (var r in query.Skip(skip).Take(take).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return double.IsFinite(r.Value ?? 0)
                ? new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), r.Value, r.Status, r.BatchId, r.Flags)
                : new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), null, Riktning.Importing.ValueStatus.Missing, r.BatchId, r.Flags);
        }
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
