using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Riktning.Statistics;

/// <summary>SQLite's bulk writes: one prepared statement per new series, prepared multi-row INSERTs for the values.</summary>
public sealed class SqliteObservationStore : IObservationStore
{
    public async Task<Dictionary<(string RegionKey, string Breakdown), int>> InsertSeriesAsync(
        DbConnection connection, DbTransaction transaction, string measureId, IReadOnlyList<(string RegionKey, string Breakdown)> keys, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<(string, string), int>(keys.Count);
        await using var insert = (SqliteCommand)connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = """INSERT INTO observation_series ("MeasureId", "RegionKey", "Breakdown") VALUES ($m, $r, $b) RETURNING "Id" """;
        insert.Parameters.Add("$m", SqliteType.Text).Value = measureId;
        var region = insert.Parameters.Add("$r", SqliteType.Text);
        var breakdown = insert.Parameters.Add("$b", SqliteType.Text);
        insert.Prepare();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            region.Value = key.RegionKey;
            breakdown.Value = key.Breakdown;
            ids[key] = Convert.ToInt32(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return ids;
    }

    public async Task<IObservationWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, int? directBatchId, CancellationToken cancellationToken) =>
        await SqliteObservationWriter.OpenAsync((SqliteConnection)connection, (SqliteTransaction)transaction, directBatchId, cancellationToken);
}
