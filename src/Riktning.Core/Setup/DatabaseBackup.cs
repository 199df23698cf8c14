using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Riktning.Setup;

/// <summary>
/// <c>riktning db backup</c> and <c>restore</c>: SQLite through its online backup API (safe while the site runs),
/// PostgreSQL through <c>pg_dump</c>/<c>pg_restore</c> in their custom format (the client tools must be on the PATH).
/// </summary>
public sealed class DatabaseBackup(IOptions<DatabaseOptions> options)
{
    private const string MigrationHistory = "__EFMigrationsHistory";

    /// <summary>Writes a copy of the whole store to <paramref name="file"/>, which must not exist yet.</summary>
    public async Task BackupAsync(string file, CancellationToken cancellationToken)
    {
        if (File.Exists(file))
        {
            throw new InvalidInputException($"{file}: the file exists; a backup never overwrites one, choose another name.");
        }

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(options.Value.ConnectionString);
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return;
        }

        await RunPostgresToolAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={file}"], cancellationToken);
    }

    /// <summary>
    /// Replaces the whole store with a backup made by <see cref="BackupAsync"/>. Stop the site first: the instances would
    /// otherwise keep serving what they read before. The next start brings an older backup's schema up to date.
    /// </summary>
    public async Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new InvalidInputException($"{file}: no such file.");
        }

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            try
            {
                await source.OpenAsync(cancellationToken);
                await using var check = source.CreateCommand();
                check.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{MigrationHistory}'";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    throw new InvalidInputException($"{file}: not a Riktning backup (a SQLite file without Riktning's schema).");
                }
            }
            catch (SqliteException ex)
            {
                throw new InvalidInputException($"{file}: not a SQLite backup ({ex.Message}).", ex);
            }

            await using var target = new SqliteConnection(options.Value.ConnectionString);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            SqliteConnection.ClearAllPools();
            return;
        }

        // pg_restore checks the file's format before it changes anything; --single-transaction keeps the store whole
        // when the restore fails half-way.
        var database = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString).Database;
        await RunPostgresToolAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", $"--dbname={database}", file], cancellationToken);
    }

    private async Task RunPostgresToolAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The libpq environment rather than arguments, so that the password never shows in a process list.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        if (connection.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidInputException($"{tool} was not found; install PostgreSQL's client tools (Debian: apt-get install postgresql-client).", ex);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var firstLine = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
                throw new InvalidInputException($"{tool} failed (exit {process.ExitCode}): {firstLine}");
            }
        }
    }
}
