using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Riktning.Auditing;

namespace Riktning.Statistics;

/// <summary>
/// Writes a measure's observations in one transaction: all of an import or none of it. Values equal to the
/// stored ones are left alone, so running the same import twice changes nothing and stores no second batch. An import
/// that stores a batch tells <see cref="StoreVersionMonitor"/>, so this process's cached answers follow at once.
/// </summary>
public sealed partial class ObservationImporter(
    RiktningDb db, IObservationStore store, IAuditActor actor, TimeProvider clock, StoreVersionMonitor versions, ILogger<ObservationImporter> logger)
{
    public Task<ImportSummary> ImportAsync(string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, CancellationToken cancellationToken = default) =>
        ImportAsync(measureId, origin, rows, 0, cancellationToken);

    /// <summary>As above, where the last <paramref name="derived"/> rows are totals Riktning derived (recorded on the batch).</summary>
    public Task<ImportSummary> ImportAsync(string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, CancellationToken cancellationToken = default) =>
        RunAsync(measureId, origin, rows, derived, [], commit: true, cancellationToken);

    /// <summary>
    /// As above, storing in the same transaction the source's labels and order of the breakdown categories
    /// (<see cref="BreakdownCategory"/>): each given category's row is written or updated, others are kept.
    /// </summary>
    public Task<ImportSummary> ImportAsync(
        string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, IReadOnlyList<BreakdownCategory> categories, CancellationToken cancellationToken = default) =>
        RunAsync(measureId, origin, rows, derived, categories, commit: true, cancellationToken);

    /// <summary>
    /// What <see cref="ImportAsync(string, ImportOrigin, IEnumerable{ObservationRow}, int, CancellationToken)"/> would do,
    /// with the same errors, and nothing stored: the import runs in its transaction, which is then rolled back. The
    /// summary's <see cref="ImportSummary.BatchId"/> is null.
    /// </summary>
    public Task<ImportSummary> PreviewAsync(string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, CancellationToken cancellationToken = default) =>
        RunAsync(measureId, origin, rows, derived, [], commit: false, cancellationToken);

    /// <inheritdoc cref="PreviewAsync(string, ImportOrigin, IEnumerable{ObservationRow}, int, CancellationToken)"/>
    public Task<ImportSummary> PreviewAsync(
        string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, IReadOnlyList<BreakdownCategory> categories, CancellationToken cancellationToken = default) =>
        RunAsync(measureId, origin, rows, derived, categories, commit: false, cancellationToken);

    private async Task<ImportSummary> RunAsync(
        string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, IReadOnlyList<BreakdownCategory> categories, bool commit, CancellationToken cancellationToken)
    {
        using var activity = RiktningTelemetry.Source.StartActivity(commit ? "import" : "import preview");
        activity?.SetTag("riktning.measure", measureId);
        activity?.SetTag("riktning.source", origin.Source);
        try
        {
            var summary = await RunOnceAsync(measureId, origin, rows, derived, categories, commit, cancellationToken);
            activity?.SetTag("riktning.added", summary.Added);
            activity?.SetTag("riktning.changed", summary.Changed);
            activity?.SetTag("riktning.unchanged", summary.Unchanged);
            if (commit)
            {
                var tags = new TagList { { "riktning.measure", measureId }, { "riktning.source", origin.Source }, { "riktning.stored", summary.BatchId is not null } };
                RiktningTelemetry.Imports.Add(1, tags);
                RiktningTelemetry.ImportedObservations.Add(summary.Added + summary.Changed, tags);
            }

            return summary;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }

    private async Task<ImportSummary> RunOnceAsync(
        string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, IReadOnlyList<BreakdownCategory> categories, bool commit, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                return await ImportInTransactionAsync(measureId, origin, rows, derived, categories, commit, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    private async Task<ImportSummary> ImportInTransactionAsync(
        string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, int derived, IReadOnlyList<BreakdownCategory> categories, bool commit, CancellationToken cancellationToken)
    {
        // Rows are read in full first: every translation error surfaces before the database is touched, and the
        // series are all known before PostgreSQL's COPY takes over the connection. About 50 bytes a row.
        var all = rows as IReadOnlyList<ObservationRow> ?? [.. rows];
        RequireFiniteValues(all, origin);
        await RequireKnownSwedishRegionsAsync(all, origin, cancellationToken);
        var (checkedRows, leftOut, leftOutDerived) = await RequireKnownNorwegianRegionsAsync(all, derived, origin, cancellationToken);
        var summary = await StoreInTransactionAsync(measureId, origin, checkedRows, derived - leftOutDerived, categories, commit, cancellationToken);
        return leftOut == 0 ? summary : summary with
        {
            Notes = [.. summary.Notes, string.Create(CultureInfo.InvariantCulture, $"{origin.Location}: {leftOut} empty cell(s) for a fylke or kommune outside its validity period left out (no figure, nothing to store)")],
        };
    }

    private async Task<ImportSummary> StoreInTransactionAsync(
        string measureId, ImportOrigin origin, IReadOnlyList<ObservationRow> all, int derived, IReadOnlyList<BreakdownCategory> categories, bool commit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Before the writers: PostgreSQL's COPY takes over the connection while it runs.
        var categoriesChanged = await StoreCategoriesAsync(measureId, categories, cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var series = await db.ObservationSeries.Where(s => s.MeasureId == measureId)
            .ToDictionaryAsync(s => (s.RegionKey, s.Breakdown), s => s.Id, cancellationToken);
        var hadSeries = series.Count > 0;
        var missing = MissingSeries(all, series);
        if (missing.Count > 0)
        {
            foreach (var (key, id) in await store.InsertSeriesAsync(connection, dbTransaction, measureId, missing, cancellationToken))
            {
                series[key] = id;
            }
        }

        // A measure without observations (its first import) can only gain values: the rows go straight into
        // observations, with no staging table, count or merge. Its primary key still rejects a repeated key.
        if (all.Count > 0 && !(hadSeries && await HasObservationsAsync(measureId, cancellationToken)))
        {
            var first = await NewBatchAsync(origin, all.Count, 0, 0, LatestPeriod(all));
            await using (var direct = await store.OpenWriterAsync(connection, dbTransaction, first.Id, cancellationToken))
            {
                await WriteAsync(direct, all, series, origin, cancellationToken);
            }

            if (!commit)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new ImportSummary(measureId, null, all.Count, 0, 0) { Derived = derived };
            }

            await transaction.CommitAsync(cancellationToken);
            versions.Invalidate();
            LogImported(measureId, all.Count, 0, 0, origin.Location);
            return new ImportSummary(measureId, first.Id, all.Count, 0, 0) { Derived = derived };
        }

        ImportResult counts;
        ImportBatch? batch;
        await using (var staging = await store.OpenWriterAsync(connection, dbTransaction, null, cancellationToken))
        {
            await WriteAsync(staging, all, series, origin, cancellationToken);
            counts = await staging.CountAsync(cancellationToken);
            if (counts.Added + counts.Changed == 0)
            {
                batch = null;
            }
            else
            {
                // The merge notes the newest period it wrote on the batch.
                batch = await NewBatchAsync(origin, counts.Added, counts.Changed, counts.Unchanged, null);
                await staging.MergeAsync(batch.Id, cancellationToken);
            }
        }

        if (batch is null)
        {
            // Nothing to change: no batch either, so a repeated import leaves the store exactly as it was; only labels
            // or an order the store did not have yet are written. Their time stamp moves the store version, so the pages
            // and answers kept per version show them at once, here and (within the check interval) in other processes.
            if (commit && categoriesChanged)
            {
                await transaction.CommitAsync(cancellationToken);
                versions.Invalidate();
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            LogUnchanged(measureId, counts.Unchanged, origin.Location);
            return new ImportSummary(measureId, null, 0, 0, counts.Unchanged);
        }

        if (!commit)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportSummary(measureId, null, counts.Added, counts.Changed, counts.Unchanged) { Derived = derived };
        }

        await transaction.CommitAsync(cancellationToken);
        versions.Invalidate();
        LogImported(measureId, counts.Added, counts.Changed, counts.Unchanged, origin.Location);
        return new ImportSummary(measureId, batch.Id, counts.Added, counts.Changed, counts.Unchanged) { Derived = derived };

        async Task<ImportBatch> NewBatchAsync(ImportOrigin from, int added, int changed, int unchanged, string? latestPeriod)
        {
            var stored = new ImportBatch
            {
                MeasureId = measureId,
                Source = from.Source,
                TableId = from.TableId,
                Location = from.Location,
                RetrievedAtUtc = clock.GetUtcNow().UtcDateTime,
                SourceUpdated = from.SourceUpdated,
                ImportedBy = actor.Name,
                Note = from.Note,
                Derived = derived,
                Added = added,
                Changed = changed,
                Unchanged = unchanged,
                Holds = added + changed,
                LatestPeriod = latestPeriod,
            };
            db.ImportBatches.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
    }

    /// <summary>
    /// Writes the source's label and position of each given category, updating a row that differs and leaving equal
    /// ones alone (so a repeated import changes nothing); categories the import does not name are kept. Whether anything changed.
    /// </summary>
    private async Task<bool> StoreCategoriesAsync(string measureId, IReadOnlyList<BreakdownCategory> categories, CancellationToken cancellationToken)
    {
        if (categories.Count == 0)
        {
            return false;
        }

        var stored = await db.BreakdownCategories.Where(c => c.MeasureId == measureId)
            .ToDictionaryAsync(c => (c.Breakdown, c.Code, c.Language), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;
        foreach (var category in categories)
        {
            if (!stored.TryGetValue((category.Breakdown, category.Code, category.Language), out var row))
            {
                row = new BreakdownCategory
                {
                    MeasureId = measureId,
                    Breakdown = category.Breakdown,
                    Code = category.Code,
                    Language = category.Language,
                    Label = category.Label,
                    Position = category.Position,
                    StoredAtUtc = now,
                };
                db.BreakdownCategories.Add(row);
                stored[(row.Breakdown, row.Code, row.Language)] = row;
                changed = true;
                continue;
            }

            // A source without labels (a CSV, Kolada) keeps the label an earlier source gave.
            var label = category.Label ?? row.Label;
            if (row.Position != category.Position || !string.Equals(row.Label, label, StringComparison.Ordinal))
            {
                (row.Position, row.Label, row.StoredAtUtc) = (category.Position, label, now);
                changed = true;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>Hands every row to the staging with its series id; a key given twice fails the import with the row named.</summary>
    private static async Task WriteAsync(
        IObservationWriter staging, IReadOnlyList<ObservationRow> all, Dictionary<(string, string), int> series, ImportOrigin origin, CancellationToken cancellationToken)
    {
        // Rows of one series mostly come together (time varies fastest), so the last series is remembered by reference.
        string? lastRegion = null;
        string? lastBreakdown = null;
        var seriesId = 0;
        var i = 0;
        try
        {
            for (; i < all.Count; i++)
            {
                var row = all[i];
                if (!ReferenceEquals(row.RegionKey, lastRegion) || !ReferenceEquals(row.Breakdown, lastBreakdown))
                {
                    seriesId = series[(row.RegionKey, row.Breakdown)];
                    (lastRegion, lastBreakdown) = (row.RegionKey, row.Breakdown);
                }

                staging.Add(seriesId, row.Period, row.Value, row.Status, row.Flags);
            }

            await staging.CompleteAsync(cancellationToken);
        }
        catch (DuplicateObservationException ex)
        {
            var position = ex.Position ?? FirstRepeat(all) ?? i;
            throw new ImportFormatException(DuplicateKey(origin, all[position], position + 1), ex);
        }
    }

    /// <summary>The newest period of the rows, as the store orders text (ordinal: periods are digits and capital letters).</summary>
    private static string? LatestPeriod(IReadOnlyList<ObservationRow> all)
    {
        string? latest = null;
        foreach (var row in all)
        {
            if (latest is null || string.CompareOrdinal(row.Period, latest) > 0)
            {
                latest = row.Period;
            }
        }

        return latest;
    }

    /// <summary>The first row whose key an earlier row already gave: for engines that report a repeated key without its row.</summary>
    private static int? FirstRepeat(IReadOnlyList<ObservationRow> all)
    {
        var seen = new HashSet<(string, string, string)>();
        for (var i = 0; i < all.Count; i++)
        {
            if (!seen.Add((all[i].RegionKey, all[i].Breakdown, all[i].Period)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The (region, breakdown) pairs of the rows that have no series yet, in the order first seen.</summary>
    private static List<(string RegionKey, string Breakdown)> MissingSeries(IReadOnlyList<ObservationRow> all, Dictionary<(string, string), int> series)
    {
        var seen = new HashSet<(string, string)>();
        var missing = new List<(string, string)>();
        string? lastRegion = null;
        string? lastBreakdown = null;
        foreach (var row in all)
        {
            if (ReferenceEquals(row.RegionKey, lastRegion) && ReferenceEquals(row.Breakdown, lastBreakdown))
            {
                continue;
            }

            (lastRegion, lastBreakdown) = (row.RegionKey, row.Breakdown);
            var key = (row.RegionKey, row.Breakdown);
            if (!series.ContainsKey(key) && seen.Add(key))
            {
                missing.Add(key);
            }
        }

        return missing;
    }

    private Task<bool> HasObservationsAsync(string measureId, CancellationToken cancellationToken) =>
        db.Observations.AnyAsync(o => db.ObservationSeries.Any(s => s.Id == o.SeriesId && s.MeasureId == measureId), cancellationToken);

    /// <summary>
    /// The Swedish code list is complete (the country, 21 counties, 290 municipalities), so a Swedish key outside it is a
    /// wrong code, not a missing entry. The Norwegian list covers the border region only and is not used to reject.
    /// </summary>
    /// <summary>
    /// Infinity and NaN are no figures, whichever source (a PC-Axis file, a json-stat response, a typed table) carried
    /// them in; stored, they would make every answer for the measure fail to serialise.
    /// </summary>
    private static void RequireFiniteValues(IReadOnlyList<ObservationRow> rows, ImportOrigin origin)
    {
        foreach (var row in rows)
        {
            if (row.Value is { } value && !double.IsFinite(value))
            {
                throw new ImportFormatException(
                    $"{origin.Location}: region {row.RegionKey}, period {row.Period}{(row.Breakdown.Length > 0 ? $", {row.Breakdown}" : "")}: the value is not a finite number; nothing was imported");
            }
        }
    }

    private async Task RequireKnownSwedishRegionsAsync(IReadOnlyList<ObservationRow> rows, ImportOrigin origin, CancellationToken cancellationToken)
    {
        var swedish = rows.Select(r => r.RegionKey).Where(k => k == "SE" || k.StartsWith("SE-", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (swedish.Count == 0)
        {
            return;
        }

        var known = (await db.Regions.Where(r => r.Country == "SE").Select(r => r.Code).ToListAsync(cancellationToken))
            .Select(code => RegionKey.Format("SE", code))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = swedish.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ImportFormatException(
                $"{origin.Location}: {unknown.Count} region code(s) not in the Swedish region registry: {string.Join(", ", unknown.Take(10))}; nothing was imported");
        }
    }

    /// <summary>
    /// Every Norwegian key must be a code some period of the registry knows (Norway's codes are reused across the 2018,
    /// 2020 and 2024 reforms, so a code is checked against all its periods), and a figure for a fylke or kommune must fall
    /// within one of its code's validity periods (<see cref="RegionGeography.UnitDuring"/>): 3101 is Halden from 2024, 3001
    /// was Halden 2020–2023; Viken (30) has no figure for 2024, Kongsvinger 3401 none for 2019. The first such row is named
    /// with the file, its position and the code; nothing is stored. A cell that holds no figure for a unit outside its
    /// period (SSB's <c>..</c> or <c>.</c> for a code not yet or no longer in force, as a table spanning a reform prints
    /// it) is not a figure: it is left out, counted in the returned numbers (all, and those among the last <paramref name="derived"/>), and not stored.
    /// </summary>
    private async Task<(IReadOnlyList<ObservationRow> Rows, int LeftOut, int LeftOutDerived)> RequireKnownNorwegianRegionsAsync(
        IReadOnlyList<ObservationRow> rows, int derived, ImportOrigin origin, CancellationToken cancellationToken)
    {
        if (!rows.Any(r => IsNorwegian(r.RegionKey)))
        {
            return (rows, 0, 0);
        }

        var geography = new RegionGeography(await db.Regions.AsNoTracking().Where(r => r.Country == "NO").ToListAsync(cancellationToken), []);
        List<ObservationRow>? kept = null;
        var leftOutDerived = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!IsNorwegian(row.RegionKey) || row.RegionKey == "NO")
            {
                kept?.Add(row);
                continue;
            }

            if (geography.ValidityProblem(row.RegionKey, row.Period) is not { } problem)
            {
                kept?.Add(row);
                continue;
            }

            if (problem.Known && row.Value is null && row.Status is ValueStatus.Missing or ValueStatus.NotApplicable)
            {
                kept ??= [.. rows.Take(i)];
                leftOutDerived += i >= rows.Count - derived ? 1 : 0;
                continue;
            }

            throw new ImportFormatException($"{origin.Location}: row {i + 1}: {problem.Message}; nothing was imported");
        }

        return kept is null ? (rows, 0, 0) : (kept, rows.Count - kept.Count, leftOutDerived);
    }

    private static bool IsNorwegian(string key) => key == "NO" || key.StartsWith("NO-", StringComparison.Ordinal);

    private static string DuplicateKey(ImportOrigin origin, ObservationRow row, int position) =>
        ($"{origin.Location}: row {position} repeats region {row.RegionKey}, period {row.Period}" +
            (row.Breakdown.Length > 0 ? $", breakdown {row.Breakdown}" : "") + "; nothing was imported");

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {MeasureId}: {Added} added, {Changed} changed, {Unchanged} unchanged from {Location}")]
    private partial void LogImported(string measureId, int added, int changed, int unchanged, string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MeasureId} unchanged ({Unchanged} values) from {Location}")]
    private partial void LogUnchanged(string measureId, int unchanged, string location);
}
