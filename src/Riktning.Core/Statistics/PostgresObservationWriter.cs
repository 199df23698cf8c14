using Npgsql;
using NpgsqlTypes;

namespace Riktning.Statistics;

/// <summary>
/// Rows into PostgreSQL by binary COPY. A repeated key surfaces only when the COPY ends, without the row, so the
/// <see cref="DuplicateObservationException"/> it becomes leaves finding the row to the importer.
/// </summary>
internal sealed class PostgresObservationWriter : ObservationWriter
{
    // The primary key makes a duplicate (series, period) in one import fail instead of silently winning.
    private const string CreateStaged =
        "CREATE TEMP TABLE staged (series_id integer NOT NULL, period text NOT NULL, value double precision, status smallint NOT NULL, flags smallint NOT NULL, PRIMARY KEY (series_id, period)) ON COMMIT DROP";

    private readonly int? _directBatchId;
    private NpgsqlBinaryImporter? _copy;

    private PostgresObservationWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, int? directBatchId)
        : base(connection, transaction) => _directBatchId = directBatchId;

    public static async Task<PostgresObservationWriter> OpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int? directBatchId, CancellationToken cancellationToken)
    {
        var writer = new PostgresObservationWriter(connection, transaction, directBatchId);
        if (directBatchId is null)
        {
            await writer.ExecuteAsync(CreateStaged, cancellationToken);
        }

        writer._copy = await connection.BeginBinaryImportAsync(
            directBatchId is null
                ? "COPY staged (series_id, period, value, status, flags) FROM STDIN (FORMAT BINARY)"
                : """COPY observations ("SeriesId", "Period", "Value", "Status", "Flags", "BatchId") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        return writer;
    }

    public override void Add(int seriesId, string period, double? value, ValueStatus status, ObservationFlags flags)
    {
        var copy = _copy!;
        copy.StartRow();
        copy.Write(seriesId, NpgsqlDbType.Integer);
        copy.Write(period, NpgsqlDbType.Text);
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }

        copy.Write((short)status, NpgsqlDbType.Smallint);
        copy.Write((short)flags, NpgsqlDbType.Smallint);
        if (_directBatchId is { } batchId)
        {
            copy.Write(batchId, NpgsqlDbType.Integer);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_copy is null)
        {
            return;
        }

        try
        {
            await _copy.CompleteAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new DuplicateObservationException(null, ex);
        }
        finally
        {
            await _copy.DisposeAsync();
            _copy = null;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }
    }
}
