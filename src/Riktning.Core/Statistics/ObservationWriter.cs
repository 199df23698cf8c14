using System.Data.Common;

namespace Riktning.Statistics;

/// <summary>What both engines' writers share: the count and the merge over the staging table, in neutral SQL.</summary>
internal abstract class ObservationWriter(DbConnection connection, DbTransaction transaction) : IObservationWriter
{
    protected DbConnection Connection { get; } = connection;

    protected DbTransaction Transaction { get; } = transaction;

    public abstract void Add(int seriesId, string period, double? value, ValueStatus status, ObservationFlags flags);

    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public async Task<ImportResult> CountAsync(CancellationToken cancellationToken)
    {
        await CompleteAsync(cancellationToken);
        await using var count = Command(ObservationSql.CountChanges);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (added, changed, total) = (Number(reader, 0), Number(reader, 1), Number(reader, 2));
        return ImportResult.Counted(added, changed, total - added - changed);
    }

    public async Task MergeAsync(int batchId, CancellationToken cancellationToken)
    {
        foreach (var sql in (string[])[ObservationSql.KeepReplaced, ObservationSql.ReleaseReplaced, ObservationSql.Merge, ObservationSql.NoteLatestPeriod])
        {
            await using var command = Command(sql);
            var batch = command.CreateParameter();
            batch.ParameterName = "@batch";
            batch.Value = batchId;
            command.Parameters.Add(batch);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    protected DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return command;
    }

    protected async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int Number(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
