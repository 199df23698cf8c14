using Microsoft.Data.Sqlite;
using Npgsql;

namespace Riktning.Bench;

/// <summary>
/// The yardsticks: the engines' own command-line loaders reading the CSV into one flattened table with the same key as
/// <c>observations</c> once the series are resolved: (region_key, breakdown, period). Only the loader process is timed.
/// </summary>
internal static class ReferenceLoads
{
    public const string TableDescription =
        "observations_ref(region_key, period, breakdown, value, status, PRIMARY KEY (region_key, breakdown, period)): one flattened table, no series table";

    public static async Task<(double Seconds, long Rows)> SqliteAsync(string csvPath, string databasePath)
    {
        var connectionString = $"Data Source={databasePath}";
        await ExecuteSqliteAsync(connectionString,
            "CREATE TABLE observations_ref (region_key TEXT NOT NULL, period TEXT NOT NULL, breakdown TEXT NOT NULL, value REAL, status INTEGER NOT NULL, PRIMARY KEY (region_key, breakdown, period))");
        SqliteConnection.ClearAllPools();

        var outcome = await ChildProcess.RunAsync("sqlite3", [databasePath, ".bail on", ".mode csv", $".import --skip 1 {csvPath} observations_ref"]);
        Check(outcome, "sqlite3 .import");
        var rows = await ExecuteSqliteAsync(connectionString, "SELECT COUNT(*) FROM observations_ref");
        SqliteConnection.ClearAllPools();
        return (outcome.Elapsed.TotalSeconds, rows);
    }

    public static async Task<(double Seconds, long Rows)> PostgresAsync(string csvPath, string connectionString)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(
                "CREATE TABLE observations_ref (region_key text NOT NULL, period text NOT NULL, breakdown text NOT NULL, value double precision, status smallint NOT NULL, PRIMARY KEY (region_key, breakdown, period))",
                connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PGPASSWORD"] = builder.Password ?? "" };
        var copy = $"\\copy observations_ref FROM '{csvPath.Replace("'", "''", StringComparison.Ordinal)}' WITH (FORMAT csv, HEADER true)";
        var outcome = await ChildProcess.RunAsync(
            "psql",
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", builder.Host ?? "127.0.0.1", "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username ?? "", "-d", builder.Database ?? "", "-c", copy],
            environment);
        Check(outcome, "psql \\copy");

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM observations_ref", connection);
            return (outcome.Elapsed.TotalSeconds, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    private static async Task<long> ExecuteSqliteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }

    private static void Check(ProcessOutcome outcome, string what)
    {
        if (outcome.ExitCode != 0 || outcome.Error.Length > 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {outcome.ExitCode}): {outcome.Error.Trim()}");
        }
    }
}
