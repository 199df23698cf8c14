using Microsoft.Extensions.Logging;
using Riktning.Auditing;

namespace Riktning.Statistics;

/// <summary>
/// The import batches and their undo. An undo puts back exactly the values the batch replaced (kept in
/// <see cref="ReplacedObservation"/>) and removes the values it added, in one transaction; it is stored as a batch of its
/// own (so every cache sees a new store version) and the undone batch names it, both through the audit trail.
/// </summary>
public sealed partial class ImportHistory(RiktningDb db, IAuditActor actor, TimeProvider clock, StoreVersionMonitor versions, ILogger<ImportHistory> logger)
{
    /// <summary>Every batch, newest first, or only those of one measure.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(string? measureId = null, CancellationToken cancellationToken = default)
    {
        var batches = db.ImportBatches.AsNoTracking();
        if (measureId is not null)
        {
            batches = batches.Where(b => b.MeasureId == measureId);
        }

        return await batches.OrderByDescending(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Undoes batch <paramref name="batchId"/>. Refused, with the store unchanged, for an unknown batch, an undo, a batch
    /// already undone, and a batch whose values a later batch changed (that one is named: undo it first).
    /// </summary>
    public async Task<UndoSummary> UndoAsync(int batchId, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            try
            {
                return await UndoInTransactionAsync(batchId, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        });
    }

    private async Task<UndoSummary> UndoInTransactionAsync(int batchId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw new ImportRefusedException($"batch {batchId}: no such import batch (see riktning imports list)");
        if (batch.Source == ImportSources.Undo)
        {
            throw new ImportRefusedException($"batch {batchId} is itself an undo ({batch.Note}); import the file again instead");
        }

        if (batch.MeasureId is null)
        {
            throw new ImportRefusedException($"batch {batchId} was stored before Riktning kept the values an import replaces, so it cannot be undone; import the earlier file again instead");
        }

        if (batch.UndoneByBatchId is { } undoneBy)
        {
            throw new ImportRefusedException($"batch {batchId} was already undone by batch {undoneBy}");
        }

        var later = await db.ReplacedObservations.Where(r => r.PreviousBatchId == batchId).Select(r => (int?)r.BatchId).MinAsync(cancellationToken);
        if (later is { } laterId)
        {
            var laterBatch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == laterId, cancellationToken);
            throw new ImportRefusedException(
                $"batch {batchId} cannot be undone: batch {laterId} ({FigureSource.From(laterBatch).Describe()}) changed its values later; undo batch {laterId} first");
        }

        // Put back what the batch replaced (with the batches that had written it, which hold those values again), then
        // remove what remains of it: the values it added.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE import_batches SET "Holds" = "Holds" + c.n
            FROM (SELECT "PreviousBatchId" AS id, COUNT(*) AS n FROM replaced_observations WHERE "BatchId" = {batchId} GROUP BY "PreviousBatchId") AS c
            WHERE import_batches."Id" = c.id
            """,
            cancellationToken);
        var restored = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE observations SET "Value" = r."Value", "Status" = r."Status", "Flags" = r."Flags", "BatchId" = r."PreviousBatchId"
            FROM replaced_observations r
            WHERE r."BatchId" = {batchId} AND observations."SeriesId" = r."SeriesId" AND observations."Period" = r."Period" AND observations."BatchId" = {batchId}
            """,
            cancellationToken);
        var removed = await db.Observations.Where(o => o.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await db.ReplacedObservations.Where(r => r.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);

        var undo = new ImportBatch
        {
            MeasureId = batch.MeasureId,
            Source = ImportSources.Undo,
            TableId = batch.TableId,
            Location = $"batch {batchId}",
            RetrievedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportedBy = actor.Name,
            Note = $"undid batch {batchId} ({batch.Source} from {batch.Location}): {restored} values restored, {removed} removed",
            Changed = restored,
        };
        db.ImportBatches.Add(undo);
        await db.SaveChangesAsync(cancellationToken);
        batch.UndoneByBatchId = undo.Id;
        batch.Holds = 0;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        versions.Invalidate();
        LogUndone(batchId, undo.Id, restored, removed);
        return new UndoSummary(batchId, undo.Id, batch.MeasureId, restored, removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Undid import batch {BatchId} as batch {UndoBatchId}: {Restored} restored, {Removed} removed")]
    private partial void LogUndone(int batchId, int undoBatchId, int restored, int removed);
}
