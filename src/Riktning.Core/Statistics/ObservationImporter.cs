using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Data;
using Riktning.Importing;

namespace Riktning.Statistics;

/// <summary>
/// Writes a measure's observations in one transaction: all of an import or none of it. Values equal to the
/// stored ones are left alone, so running the same import twice changes nothing and stores no second batch.
/// </summary>
public sealed partial class ObservationImporter(RiktningDb db, IOptions<DatabaseOptions> database, TimeProvider clock, ILogger<ObservationImporter> logger)
{
    public async Task<ImportSummary> ImportAsync(string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                return await ImportInTransactionAsync(measureId, origin, rows, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    private async Task<ImportSummary> ImportInTransactionAsync(string measureId, ImportOrigin origin, IEnumerable<ObservationRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();

        // Rows are read in full first: every translation error surfaces before the database is touched, and the
        // series are all known before PostgreSQL's COPY takes over the connection. About 50 bytes a row.
        var all = rows as IReadOnlyList<ObservationRow> ?? [.. rows];
        var series = await db.ObservationSeries.Where(s => s.MeasureId == measureId)
            .ToDictionaryAsync(s => (s.RegionKey, s.Breakdown), s => s.Id, cancellationToken);
        var missing = all.Select(r => (r.RegionKey, r.Breakdown)).Distinct().Where(key => !series.ContainsKey(key))
            .Select(key => new ObservationSeries { MeasureId = measureId, RegionKey = key.RegionKey, Breakdown = key.Breakdown })
            .ToList();
        if (missing.Count > 0)
        {
            db.ObservationSeries.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var added in missing)
            {
                series[(added.RegionKey, added.Breakdown)] = added.Id;
            }
        }

        (int Added, int Changed, int Unchanged) counts;
        ImportBatch? batch;
        await using (var staging = await ObservationStaging.CreateAsync(connection, dbTransaction, database.Value.Provider, cancellationToken))
        {
            for (var i = 0; i < all.Count; i++)
            {
                var row = all[i];
                try
                {
                    staging.Add(series[(row.RegionKey, row.Breakdown)], row.Period, row.Value, row.Status);
                }
                catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    throw DuplicateKey(origin, row, i + 1);
                }
            }

            try
            {
                counts = await staging.CountAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
            {
                throw new ImportFormatException($"{origin.Location}: the same region, period and breakdown occur twice; nothing was imported", ex);
            }

            if (counts.Added + counts.Changed == 0)
            {
                batch = null;
            }
            else
            {
                batch = new ImportBatch
                {
                    Source = origin.Source,
                    TableId = origin.TableId,
                    Location = origin.Location,
                    RetrievedAtUtc = clock.GetUtcNow().UtcDateTime,
                    Added = counts.Added,
                    Changed = counts.Changed,
                    Unchanged = counts.Unchanged,
                };
                db.ImportBatches.Add(batch);
                await db.SaveChangesAsync(cancellationToken);
                await staging.MergeAsync(batch.Id, cancellationToken);
            }
        }

        if (batch is null)
        {
            // Nothing to change: no batch either, so a repeated import leaves the store exactly as it was.
            await transaction.RollbackAsync(cancellationToken);
            LogUnchanged(measureId, counts.Unchanged, origin.Location);
            return new ImportSummary(measureId, null, 0, 0, counts.Unchanged);
        }

        await transaction.CommitAsync(cancellationToken);
        LogImported(measureId, counts.Added, counts.Changed, counts.Unchanged, origin.Location);
        return new ImportSummary(measureId, batch.Id, counts.Added, counts.Changed, counts.Unchanged);
    }

    private static ImportFormatException DuplicateKey(ImportOrigin origin, ObservationRow row, int position) =>
        new($"{origin.Location}: row {position} repeats region {row.RegionKey}, period {row.Period}" +
            (row.Breakdown.Length > 0 ? $", breakdown {row.Breakdown}" : "") + "; nothing was imported");

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {MeasureId}: {Added} added, {Changed} changed, {Unchanged} unchanged from {Location}")]
    private partial void LogImported(string measureId, int added, int changed, int unchanged, string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MeasureId} unchanged ({Unchanged} values) from {Location}")]
    private partial void LogUnchanged(string measureId, int unchanged, string location);
}
