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

    /// <summary>
    /// A page of the selection: in the store's order (region, breakdown key, period, byte-wise), or with
    /// <paramref name="categories"/> in the source's (<see cref="ReadInSourceOrderAsync"/>), as the downloads list it.
    /// </summary>
    public async Task<ObservationSelection> ObservationsAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken, SourceCategories? categories = null)
    {
        // One row more than the page tells whether a next page exists, without counting the rest.
        var rows = new List<ObservationDocument>();
        await foreach (var row in ReadAsync(measureId, filter, filter.Offset, filter.Limit + 1, categories, cancellationToken))
        {
            rows.Add(row);
        }

        return new ObservationSelection(rows.Count > filter.Limit ? rows[..filter.Limit] : rows, rows.Count > filter.Limit);
    }

    /// <summary>
    /// The page of the selection, row by row, in the order <see cref="ObservationsAsync"/> gives it: a large answer is
    /// written while it is read.
    /// </summary>
    public IAsyncEnumerable<ObservationDocument> StreamAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken, SourceCategories? categories = null) =>
        ReadAsync(measureId, filter, filter.Offset, filter.Limit, categories, cancellationToken);

    /// <summary>Whether the selection goes on after the page (one row read), for the next link of a streamed answer.</summary>
    public async Task<bool> HasMoreAsync(string measureId, ObservationFilter filter, CancellationToken cancellationToken)
    {
        // How many rows follow does not depend on their order.
        await foreach (var _ in ReadAsync(measureId, filter, filter.Offset + filter.Limit, 1, null, cancellationToken))
        {
            return true;
        }

        return false;
    }

    private IAsyncEnumerable<ObservationDocument> ReadAsync(
        string measureId, ObservationFilter filter, int skip, int take, SourceCategories? categories, CancellationToken cancellationToken) =>
        categories is null
            ? ReadInStoreOrderAsync(measureId, filter, skip, take, cancellationToken)
            : ReadInSourceOrderAsync(measureId, filter, skip, take, categories, cancellationToken);

    private async IAsyncEnumerable<ObservationDocument> ReadInStoreOrderAsync(
        string measureId, ObservationFilter filter, int skip, int take, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = Selected(measureId, filter);
        var postgres = db is PostgresRiktningDb;
        query = postgres
            ? query.OrderBy(x => EF.Functions.Collate(x.RegionKey, Ordinal)).ThenBy(x => EF.Functions.Collate(x.Breakdown, Ordinal)).ThenBy(x => EF.Functions.Collate(x.Period, Ordinal))
            : query.OrderBy(x => x.RegionKey).ThenBy(x => x.Breakdown).ThenBy(x => x.Period);

        await foreach (var r in query.Skip(skip).Take(take).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Document(r);
        }
    }

    /// <summary>Rows read at a time in the source's order: what one read holds in memory (a whole series more at most).</summary>
    private const int RowsPerRead = 2_000;

    /// <summary>
    /// The page in the source's order, as <see cref="ObservationCsv.InSourceOrder"/> orders a selection: by region
    /// (byte-wise), breakdown key in the order of the source's categories (<see cref="SourceCategories.KeyOrder"/>, stored
    /// with the categories by the import) and period (byte-wise). That order is not one a column gives, and an order
    /// computed in SQL (a rank looked up per row in a parameter list) read a measure of 100 000 rows ten times slower
    /// than the index does; so the series of the selection are counted in one aggregate and put in order here, and their
    /// rows read a few series at a time through the observations' key (series, period). Memory stays bounded by
    /// <see cref="RowsPerRead"/> and the series list, whatever the answer's size, and a page starts at its series
    /// without reading the rows before it.
    /// </summary>
    private async IAsyncEnumerable<ObservationDocument> ReadInSourceOrderAsync(
        string measureId, ObservationFilter filter, int skip, int take, SourceCategories categories,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var series = await Selected(measureId, filter)
            .GroupBy(x => new { x.SeriesId, x.RegionKey, x.Breakdown })
            .Select(g => new { g.Key.SeriesId, g.Key.RegionKey, g.Key.Breakdown, Rows = g.Count() })
            .ToListAsync(cancellationToken);
        var order = categories.KeyOrder();
        var rank = series.Select(s => BreakdownKey.Name(s.Breakdown)).Distinct(StringComparer.Ordinal).Order(order)
            .Select((key, i) => (key, i)).ToDictionary(k => k.key, k => k.i, StringComparer.Ordinal);
        var ordered = series.OrderBy(s => s.RegionKey, StringComparer.Ordinal).ThenBy(s => rank[BreakdownKey.Name(s.Breakdown)]).ToList();

        var next = 0;
        while (next < ordered.Count && skip >= ordered[next].Rows)
        {
            skip -= ordered[next++].Rows;
        }

        while (next < ordered.Count && take > 0)
        {
            var chunk = new List<int>();
            for (var rows = 0; next < ordered.Count && (chunk.Count == 0 || rows + ordered[next].Rows <= RowsPerRead); next++)
            {
                chunk.Add(ordered[next].SeriesId);
                rows += ordered[next].Rows;
            }

            var read = (await Selected(measureId, filter).Where(x => chunk.Contains(x.SeriesId)).ToListAsync(cancellationToken)).ToLookup(x => x.SeriesId);
            foreach (var id in chunk)
            {
                foreach (var r in read[id].OrderBy(x => x.Period, StringComparer.Ordinal))
                {
                    if (skip > 0)
                    {
                        skip--;
                        continue;
                    }

                    if (take-- <= 0)
                    {
                        yield break;
                    }

                    yield return Document(r);
                }
            }
        }
    }

    /// <summary>
    /// A value that is not finite cannot be written as JSON; the importers refuse them, and one stored before they did is
    /// answered as missing rather than failing every answer for the measure.
    /// </summary>
    private static ObservationDocument Document(SelectedRow r) =>
        double.IsFinite(r.Value ?? 0)
            ? new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), r.Value, r.Status, r.BatchId, r.Flags)
            : new ObservationDocument(r.RegionKey, r.Period, BreakdownKey.Name(r.Breakdown), null, Riktning.Importing.ValueStatus.Missing, r.BatchId, r.Flags);

    /// <summary>The observations of the selection, filtered in the database, in no order yet.</summary>
    private IQueryable<SelectedRow> Selected(string measureId, ObservationFilter filter)
    {
        var query = from o in db.Observations.AsNoTracking()
                    join s in db.ObservationSeries.AsNoTracking() on o.SeriesId equals s.Id
                    where s.MeasureId == measureId
                    select new SelectedRow { SeriesId = s.Id, RegionKey = s.RegionKey, Breakdown = s.Breakdown, Period = o.Period, Value = o.Value, Status = o.Status, BatchId = o.BatchId, Flags = o.Flags };
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
        return query;
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

    /// <summary>One observation of a selection with its series, as the queries read it (a class, so that EF composes over it).</summary>
    private sealed class SelectedRow
    {
        public int SeriesId { get; init; }

        public required string RegionKey { get; init; }

        public required string Breakdown { get; init; }

        public required string Period { get; init; }

        public double? Value { get; init; }

        public Riktning.Importing.ValueStatus Status { get; init; }

        public int BatchId { get; init; }

        public Riktning.Importing.ObservationFlags Flags { get; init; }
    }
}
