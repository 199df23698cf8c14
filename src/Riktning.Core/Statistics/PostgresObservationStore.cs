using System.Data.Common;
using Npgsql;

namespace Riktning.Statistics;

/// <summary>PostgreSQL's bulk writes: new series in one round trip through <c>unnest</c>, the values by binary COPY.</summary>
public sealed class PostgresObservationStore : IObservationStore
{
    public async Task<Dictionary<(string RegionKey, string Breakdown), int>> InsertSeriesAsync(
        DbConnection connection, DbTransaction transaction, string measureId, IReadOnlyList<(string RegionKey, string Breakdown)> keys, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<(string, string), int>(keys.Count);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO observation_series ("MeasureId", "RegionKey", "Breakdown")
            SELECT @m, r, b FROM unnest(@r, @b) AS t(r, b)
            RETURNING "Id", "RegionKey", "Breakdown"
            """,
            (NpgsqlConnection)connection,
            (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("m", measureId);
        command.Parameters.AddWithValue("r", keys.Select(k => k.RegionKey).ToArray());
        command.Parameters.AddWithValue("b", keys.Select(k => k.Breakdown).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[(reader.GetString(1), reader.GetString(2))] = reader.GetInt32(0);
        }

        return ids;
    }

    public async Task<IObservationWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, int? directBatchId, CancellationToken cancellationToken) =>
        await PostgresObservationWriter.OpenAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, directBatchId, cancellationToken);
}
