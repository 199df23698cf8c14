using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Riktning.Data;

namespace Riktning.Bench;

/// <summary>
/// The <c>import</c> verb: generates the files, then per engine runs the Riktning import (in a child process, for its
/// peak memory) and the engine's own CSV loader on the same rows, one after the other in the same run.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var root = RepositoryRoot.Find();
        var folder = Directory.CreateTempSubdirectory("riktning-bench-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var files = BenchFileGenerator.Write(root, folder, arguments.Values);
            Say($"Generated {files.Values:N0} values ({files.Shape}; {files.Nulls:N0} nulls with status \"..\"; {files.Series:N0} series) in {watch.Elapsed.TotalSeconds:F1} s");
            Say($"  json-stat2 {Megabytes(files.JsonPath):F1} MB: {files.JsonPath}");
            Say($"  CSV        {Megabytes(files.CsvPath):F1} MB: {files.CsvPath}");
            Say($"Reference table: {ReferenceLoads.TableDescription}");
            Say($"Riktning: JsonStat2Parser + DatasetRows + ObservationImporter into a fresh migrated store (series upsert, observations, batch), one transaction; timed inside the child process, after migration");

            var results = new List<BenchResult>
            {
                await SqliteAsync(files),
                await PostgresAsync(files, arguments.PostgresServer),
            };
            ResultTable.Print(results);
            Console.WriteLine();
            Console.WriteLine("ratio = Riktning seconds / reference seconds (target ≤ 2.0); peak = VmHWM of the import-child process (target < 400 MB).");
            return 0;
        }
        finally
        {
            if (arguments.Keep)
            {
                Say($"Kept {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<BenchResult> SqliteAsync(BenchFiles files)
    {
        var database = Path.Combine(files.Folder, "riktning.db");
        var riktning = await RunChildAsync(DatabaseProvider.Sqlite, $"Data Source={database}", files);
        var reference = await ReferenceLoads.SqliteAsync(files.CsvPath, Path.Combine(files.Folder, "reference.db"));
        Say($"SQLite   sqlite3 .import: {reference.Rows:N0} rows in {reference.Seconds:F2} s");
        return new BenchResult("SQLite", riktning.Rows, riktning.Seconds, reference.Seconds, riktning.PeakMegabytes);
    }

    private static async Task<BenchResult> PostgresAsync(BenchFiles files, string server)
    {
        var name = "riktning_bench_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            var riktning = await RunChildAsync(DatabaseProvider.Postgres, connectionString, files);
            var reference = await ReferenceLoads.PostgresAsync(files.CsvPath, connectionString);
            Say($"Postgres psql \\copy: {reference.Rows:N0} rows in {reference.Seconds:F2} s");
            return new BenchResult("PostgreSQL", riktning.Rows, riktning.Seconds, reference.Seconds, riktning.PeakMegabytes);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task<(long Rows, double Seconds, double PeakMegabytes)> RunChildAsync(DatabaseProvider provider, string connectionString, BenchFiles files)
    {
        var (fileName, prefix) = ChildProcess.Self();
        var outcome = await ChildProcess.RunAsync(fileName, [.. prefix, "import-child", "--provider", provider.ToString(), "--connection", connectionString, "--file", files.JsonPath]);
        var line = outcome.Output.Split('\n').FirstOrDefault(l => l.StartsWith(ImportChild.ResultPrefix, StringComparison.Ordinal));
        if (outcome.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"import-child ({provider}) failed (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        }

        var values = line[ImportChild.ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        double Number(string key) => double.Parse(values[key], CultureInfo.InvariantCulture);
        var added = (long)Number("added");
        var seconds = Number("seconds");
        var peak = Number("peak_kb") / 1024;
        Say($"{provider,-8} Riktning import: {added:N0} added, {Number("changed"):N0} changed in {seconds:F2} s, peak {peak:F0} MB");
        var idempotent = Number("second_added") == 0 && Number("second_changed") == 0 && values["second_batch"] == "none";
        Say($"{provider,-8} second identical run: {Number("second_added"):N0} added, {Number("second_changed"):N0} changed, {Number("second_unchanged"):N0} unchanged, batch {values["second_batch"]} in {Number("second_seconds"):F2} s ({(idempotent ? "idempotent" : "NOT IDEMPOTENT")})");
        if ((long)Number("stored") != files.Values || added != files.Values)
        {
            Say($"{provider,-8} WARNING: {Number("stored"):N0} observations stored, {added:N0} added, {files.Values:N0} cells in the file");
        }

        return (added, seconds, peak);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static double Megabytes(string path) => new FileInfo(path).Length / 1024.0 / 1024.0;

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));
}
