namespace Riktning.Statistics;

/// <summary>Rows of one import on their way into the store; see <see cref="IObservationStore.OpenWriterAsync"/>.</summary>
public interface IObservationWriter : IAsyncDisposable
{
    /// <summary>Adds a row; may throw <see cref="DuplicateObservationException"/> where the engine sees a repeated key at once.</summary>
    void Add(int seriesId, string period, double? value, ValueStatus status, ObservationFlags flags);

    /// <summary>Writes what is still buffered; may throw <see cref="DuplicateObservationException"/>.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);

    /// <summary>What the staged values would add, change and leave unchanged.</summary>
    Task<ImportResult> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the values about to be replaced (for undo), then merges: only changed values get the new batch id. The
    /// batches that wrote the replaced values hold that many fewer (<see cref="ImportBatch.Holds"/>), and the new batch
    /// notes the newest period it wrote (<see cref="ImportBatch.LatestPeriod"/>).
    /// </summary>
    Task MergeAsync(int batchId, CancellationToken cancellationToken);
}
