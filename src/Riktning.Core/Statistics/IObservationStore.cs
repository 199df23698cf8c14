using System.Data.Common;

namespace Riktning.Statistics;

/// <summary>
/// The provider-only part of writing observations: one implementation per database engine, registered beside its
/// DbContext (<see cref="SqliteObservationStore"/>, <see cref="PostgresObservationStore"/>). Everything runs inside the
/// caller's transaction; a key given twice surfaces as <see cref="DuplicateObservationException"/>, whatever the engine.
/// </summary>
public interface IObservationStore
{
    /// <summary>
    /// Inserts new series of a measure in one go and returns their ids by (region, breakdown). EF's change tracker would
    /// spend seconds on the twenty thousand series of a large table.
    /// </summary>
    Task<Dictionary<(string RegionKey, string Breakdown), int>> InsertSeriesAsync(
        DbConnection connection, DbTransaction transaction, string measureId, IReadOnlyList<(string RegionKey, string Breakdown)> keys, CancellationToken cancellationToken);

    /// <summary>
    /// A writer of rows: into a temporary staging table, to be counted and merged (<paramref name="directBatchId"/> null),
    /// or, when the measure has no observations yet and every row is an addition, straight into <c>observations</c>
    /// stamped with <paramref name="directBatchId"/>.
    /// </summary>
    Task<IObservationWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, int? directBatchId, CancellationToken cancellationToken);
}
