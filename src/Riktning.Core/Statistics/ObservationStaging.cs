using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Riktning.Data;
using Riktning.Importing;

namespace Riktning.Statistics;

/// <summary>
/// The provider-only part of an import: a temporary staging table filled as fast as each engine allows
/// (SQLite: one prepared INSERT reused; PostgreSQL: binary COPY), then one set-based merge into
/// <c>observations</c> that counts added, changed and unchanged values. Lives inside the caller's transaction.
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

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DatabaseProvider _provider;
    private SqliteCommand? _sqliteInsert;
    private NpgsqlBinaryImporter? _copy;

    private ObservationStaging(DbConnection connection, DbTransaction transaction, DatabaseProvider provider)
    {
        _connection = connection;
        _transaction = transaction;
        _provider = provider;
    }

    public static async Task<ObservationStaging> CreateAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var staging = new ObservationStaging(connection, transaction, provider);
        await staging.ExecuteAsync(provider == DatabaseProvider.Sqlite ? CreateSqlite : CreatePostgres, cancellationToken);
        if (provider == DatabaseProvider.Sqlite)
        {
            var insert = (SqliteCommand)connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = "INSERT INTO staged (series_id, period, value, status) VALUES ($s, $p, $v, $t)";
            insert.Parameters.Add("$s", SqliteType.Integer);
            insert.Parameters.Add("$p", SqliteType.Text);
            insert.Parameters.Add("$v", SqliteType.Real);
            insert.Parameters.Add("$t", SqliteType.Integer);
            insert.Prepare();
            staging._sqliteInsert = insert;
        }
        else
        {
            staging._copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
                "COPY staged (series_id, period, value, status) FROM STDIN (FORMAT BINARY)", cancellationToken);
        }

        return staging;
    }

    public void Add(int seriesId, string period, double? value, ValueStatus status)
    {
        if (_sqliteInsert is { } insert)
        {
            insert.Parameters[0].Value = seriesId;
            insert.Parameters[1].Value = period;
            insert.Parameters[2].Value = value is { } number ? number : DBNull.Value;
            insert.Parameters[3].Value = (byte)status;
            insert.ExecuteNonQuery();
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
    }

    /// <summary>Counts what the staged values would change, then merges them; only changed values get the new batch id.</summary>
    public async Task<(int Added, int Changed, int Unchanged)> CountAsync(CancellationToken cancellationToken)
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync(cancellationToken);
            await _copy.DisposeAsync();
            _copy = null;
        }

        await using var count = Command(CountChanges);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (added, changed, total) = (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
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

        if (_sqliteInsert is not null)
        {
            await _sqliteInsert.DisposeAsync();
            // SQLite keeps temp tables for the connection's life, and EF pools connections.
            await ExecuteAsync("DROP TABLE IF EXISTS temp.staged", CancellationToken.None);
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
