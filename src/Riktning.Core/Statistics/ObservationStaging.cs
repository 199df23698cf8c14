using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Riktning.Data;
using Riktning.Importing;

namespace Riktning.Statistics;

/// <summary>
/// The provider-only part of an import. Rows go either into a temporary staging table, followed by one set-based count
/// and merge into <c>observations</c>; or, when the measure has no observations yet and every row is an addition,
/// straight into <c>observations</c> with the new batch id. SQLite is fed by prepared multi-row INSERTs, PostgreSQL by
/// binary COPY. Lives inside the caller's transaction.
/// </summary>
internal sealed class ObservationStaging : IAsyncDisposable
{
    // The primary key makes a duplicate (series, period) in one import fail instead of silently winning.
    private const string CreateSqlite =
        "CREATE TEMP TABLE staged (series_id INTEGER NOT NULL, period TEXT NOT NULL, value REAL, status INTEGER NOT NULL, PRIMARY KEY (series_id, period)) WITHOUT ROWID";

    private const string CreatePostgres =
        "CREATE TEMP TABLE staged (series_id integer NOT NULL, period text NOT NULL, value double precision, status smallint NOT NULL, PRIMARY KEY (series_id, period)) ON COMMIT DROP";

    private const string CountChanges = """
        SELECT
            COALESCE(SUM(CASE WHEN o."SeriesId" IS NULL THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN o."SeriesId" IS NOT NULL AND (o."Value" IS DISTINCT FROM s.value OR o."Status" <> s.status) THEN 1 ELSE 0 END), 0),
            COUNT(*)
        FROM staged s
        LEFT JOIN observations o ON o."SeriesId" = s.series_id AND o."Period" = s.period
        """;

    // "WHERE true" keeps SQLite's parser from reading ON CONFLICT as a join constraint.
    private const string Merge = """
        INSERT INTO observations ("SeriesId", "Period", "Value", "Status", "BatchId")
        SELECT series_id, period, value, status, @batch FROM staged WHERE true
        ON CONFLICT ("SeriesId", "Period") DO UPDATE
        SET "Value" = excluded."Value", "Status" = excluded."Status", "BatchId" = excluded."BatchId"
        WHERE observations."Value" IS DISTINCT FROM excluded."Value" OR observations."Status" <> excluded."Status"
        """;

    // Rows per SQLite INSERT: one statement step per 64 rows instead of per row; 64 × 4 parameters stay far below
    // SQLite's limit of 32 766.
    private const int SqliteBatchRows = 64;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int? _directBatchId;
    private SqliteCommand? _sqliteBatch;
    private SqliteCommand? _sqliteSingle;
    private int _pending;
    private int _written;
    private NpgsqlBinaryImporter? _copy;
    private long? _sqliteCacheSize;

    private ObservationStaging(DbConnection connection, DbTransaction transaction, int? directBatchId)
    {
        _connection = connection;
        _transaction = transaction;
        _directBatchId = directBatchId;
    }

    /// <summary>After a duplicate-key error on SQLite: the position (from 0, in the order added) of the row that repeated a key.</summary>
    public int? FailedRow { get; private set; }

    /// <summary>Rows into a temporary table, to be counted and merged.</summary>
    public static Task<ObservationStaging> CreateAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken cancellationToken) =>
        CreateAsync(connection, transaction, provider, null, cancellationToken);

    /// <summary>Rows straight into <c>observations</c>, all of them additions stamped with <paramref name="batchId"/>.</summary>
    public static Task<ObservationStaging> CreateDirectAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, int batchId, CancellationToken cancellationToken) =>
        CreateAsync(connection, transaction, provider, batchId, cancellationToken);

    /// <summary>
    /// Inserts new series of a measure in one go and returns their ids by (region, breakdown). EF's change tracker would
    /// spend seconds on the twenty thousand series of a large table; this is one prepared statement or one round trip.
    /// </summary>
    public static async Task<Dictionary<(string RegionKey, string Breakdown), int>> InsertSeriesAsync(
        DbConnection connection, DbTransaction transaction, DatabaseProvider provider, string measureId,
        IReadOnlyList<(string RegionKey, string Breakdown)> keys, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<(string, string), int>(keys.Count);
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var insert = (SqliteCommand)connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = """INSERT INTO observation_series ("MeasureId", "RegionKey", "Breakdown") VALUES ($m, $r, $b) RETURNING "Id" """;
            insert.Parameters.Add("$m", SqliteType.Text).Value = measureId;
            var region = insert.Parameters.Add("$r", SqliteType.Text);
            var breakdown = insert.Parameters.Add("$b", SqliteType.Text);
            insert.Prepare();
            foreach (var key in keys)
            {
                region.Value = key.RegionKey;
                breakdown.Value = key.Breakdown;
                ids[key] = Convert.ToInt32(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            return ids;
        }

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

    public void Add(int seriesId, string period, double? value, ValueStatus status)
    {
        if (_sqliteBatch is { } batch)
        {
            var offset = _pending * 4;
            batch.Parameters[offset].Value = seriesId;
            batch.Parameters[offset + 1].Value = period;
            batch.Parameters[offset + 2].Value = value is { } number ? number : DBNull.Value;
            batch.Parameters[offset + 3].Value = (byte)status;
            if (++_pending == SqliteBatchRows)
            {
                FlushSqlite();
            }

            return;
        }

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
        if (_directBatchId is { } batchId)
        {
            copy.Write(batchId, NpgsqlDbType.Integer);
        }
    }

    /// <summary>Writes what is still buffered; for PostgreSQL, ends the COPY, which is where its key violations surface.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_sqliteBatch is not null)
        {
            FlushRowByRow(0, _pending);
            _pending = 0;
        }

        if (_copy is not null)
        {
            await _copy.CompleteAsync(cancellationToken);
            await _copy.DisposeAsync();
            _copy = null;
        }
    }

    /// <summary>Counts what the staged values would change, then merges them; only changed values get the new batch id.</summary>
    public async Task<(int Added, int Changed, int Unchanged)> CountAsync(CancellationToken cancellationToken)
    {
        await CompleteAsync(cancellationToken);
        await using var count = Command(CountChanges);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (added, changed, total) = (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
        return (added, changed, total - added - changed);
    }

    public async Task MergeAsync(int batchId, CancellationToken cancellationToken)
    {
        await using var merge = Command(Merge);
        var batch = merge.CreateParameter();
        batch.ParameterName = "@batch";
        batch.Value = batchId;
        merge.Parameters.Add(batch);
        await merge.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }

        if (_sqliteBatch is not null)
        {
            await _sqliteBatch.DisposeAsync();
            await _sqliteSingle!.DisposeAsync();
            if (_directBatchId is null)
            {
                // SQLite keeps temp tables for the connection's life, and EF pools connections.
                await ExecuteAsync("DROP TABLE IF EXISTS temp.staged", CancellationToken.None);
            }
        }

        if (_sqliteCacheSize is { } cacheSize)
        {
            await ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}"), CancellationToken.None);
        }
    }

    private static async Task<ObservationStaging> CreateAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, int? directBatchId, CancellationToken cancellationToken)
    {
        var staging = new ObservationStaging(connection, transaction, directBatchId);
        if (directBatchId is null)
        {
            await staging.ExecuteAsync(provider == DatabaseProvider.Sqlite ? CreateSqlite : CreatePostgres, cancellationToken);
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            // SQLite's default 2 MB page cache spills a large import's index pages to the file before the commit; 64 MB
            // keeps a million rows' pages in memory (about 10% faster). Restored on dispose: EF pools the connection.
            await using (var cacheSize = staging.Command("PRAGMA cache_size"))
            {
                staging._sqliteCacheSize = Convert.ToInt64(await cacheSize.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            await staging.ExecuteAsync("PRAGMA cache_size = -65536", cancellationToken);
            staging._sqliteBatch = staging.SqliteInsert(SqliteBatchRows);
            staging._sqliteSingle = staging.SqliteInsert(1);
        }
        else
        {
            staging._copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
                directBatchId is null
                    ? "COPY staged (series_id, period, value, status) FROM STDIN (FORMAT BINARY)"
                    : """COPY observations ("SeriesId", "Period", "Value", "Status", "BatchId") FROM STDIN (FORMAT BINARY)""",
                cancellationToken);
        }

        return staging;
    }

    private SqliteCommand SqliteInsert(int rows)
    {
        var direct = _directBatchId is not null;
        var sql = new StringBuilder(direct
            ? """INSERT INTO observations ("SeriesId", "Period", "Value", "Status", "BatchId") VALUES """
            : "INSERT INTO staged (series_id, period, value, status) VALUES ");
        var insert = (SqliteCommand)_connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)_transaction;
        for (var i = 0; i < rows; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}($s{i}, $p{i}, $v{i}, $t{i}{(direct ? ", $batch" : "")})");
            insert.Parameters.Add($"$s{i}", SqliteType.Integer);
            insert.Parameters.Add($"$p{i}", SqliteType.Text);
            insert.Parameters.Add($"$v{i}", SqliteType.Real);
            insert.Parameters.Add($"$t{i}", SqliteType.Integer);
        }

        if (direct)
        {
            insert.Parameters.Add("$batch", SqliteType.Integer).Value = _directBatchId;
        }

        insert.CommandText = sql.ToString();
        insert.Prepare();
        return insert;
    }

    private void FlushSqlite()
    {
        try
        {
            _sqliteBatch!.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            // A failed statement leaves no rows behind, so the batch can be replayed one by one to name the row at fault.
            FlushRowByRow(0, _pending);
            throw;
        }
        finally
        {
            _written += _pending;
            _pending = 0;
        }
    }

    private void FlushRowByRow(int from, int count)
    {
        var batch = _sqliteBatch!;
        var single = _sqliteSingle!;
        for (var i = from; i < count; i++)
        {
            for (var p = 0; p < 4; p++)
            {
                single.Parameters[p].Value = batch.Parameters[(i * 4) + p].Value;
            }

            try
            {
                single.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                FailedRow = _written + i;
                throw;
            }
        }
    }

    private DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
