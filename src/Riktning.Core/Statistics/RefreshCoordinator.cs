using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Riktning.CrossBorder.Commuting;
using Riktning.Importing.Sources;

namespace Riktning.Statistics;

/// <summary>
/// Runs the whole refresh (<see cref="StatisticsRefresher"/>) on one instance at a time and keeps its history
/// (<see cref="RefreshRun"/>). On PostgreSQL the run holds a session-level advisory lock
/// (<c>pg_try_advisory_lock</c>) on a connection of its own for as long as it runs; another instance that tries meanwhile
/// does not run. The lock ends with the session, so a process that dies releases it, and the next run finds the dead
/// one's row still <see cref="RefreshRunOutcome.Running"/>: it marks it abandoned and refreshes only the measures the
/// dead run had not finished. On SQLite (one machine) there is no lock, as before; a running row is taken over when
/// its process is no longer alive on this machine. Within one process a gate lets one run at a time, on both
/// providers. A refresh of named measures (the data desk's "refresh now", <c>riktning refresh --measure</c>) is a run
/// too: it waits for no one, but it does not start while a whole refresh is running, and it is kept in the history.
/// </summary>
public sealed partial class RefreshCoordinator(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, TimeProvider clock, ILogger<RefreshCoordinator> logger) : IDisposable
{
    /// <summary>The advisory lock's key: "Riktning" in ASCII, so that it does not collide with another application's.</summary>
    private const long LockKey = 0x52696B746E696E67;

    /// <summary>One run at a time in this process; the advisory lock is the same across processes on PostgreSQL.</summary>
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>This process as the history names it: host name and process id.</summary>
    public static string InstanceName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Runs the whole refresh, or only <paramref name="measureIds"/>, unless another run is going on here or on another
    /// instance (then null, and nothing is stored). With <paramref name="onlyToTakeOver"/>, runs only when it finds a
    /// run whose holder is gone, to finish that run's work; a run of named measures takes nothing over.
    /// </summary>
    public async Task<RefreshRunResult?> RunAsync(
        string trigger,
        IProgress<(int Done, int Total, string MeasureId)>? progress = null,
        bool onlyToTakeOver = false,
        IReadOnlyCollection<string>? measureIds = null,
        CancellationToken cancellationToken = default)
    {
        return await ExclusiveAsync(trigger, onlyToTakeOver, () => RunHeldAsync(trigger, progress, onlyToTakeOver, measureIds, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="run"/> holding this process's gate and, on PostgreSQL, the advisory lock; null, with nothing
    /// run, when another run holds either (counted as "busy" unless the caller only looked for a run to take over).
    /// </summary>
    private async Task<T?> ExclusiveAsync<T>(string trigger, bool onlyToTakeOver, Func<Task<T?>> run, CancellationToken cancellationToken)
        where T : class
    {
        if (await gate.WaitAsync(0, cancellationToken))
        {
            try
            {
                await using var held = await TryLockAsync(cancellationToken);
                if (held is not null)
                {
                    return await run();
                }
            }
            finally
            {
                gate.Release();
            }
        }

        if (!onlyToTakeOver)
        {
            LogBusy(trigger);
            RiktningTelemetry.Refreshes.Add(1, new TagList { { "riktning.trigger", trigger }, { "riktning.outcome", "busy" } });
        }

        return null;
    }

    private async Task<RefreshRunResult?> RunHeldAsync(
        string trigger, IProgress<(int Done, int Total, string MeasureId)>? progress, bool onlyToTakeOver,
        IReadOnlyCollection<string>? measureIds, CancellationToken cancellationToken)
    {
        await using var runScope = scopes.CreateAsyncScope();
        var db = runScope.ServiceProvider.GetRequiredService<RiktningDb>();
        var resumed = measureIds is null ? await TakeOverAsync(db, cancellationToken) : null;
        if (onlyToTakeOver && resumed is null)
        {
            return null;
        }

        using var activity = RiktningTelemetry.Source.StartActivity("refresh");
        activity?.SetTag("riktning.trigger", trigger);
        var startedAt = clock.GetTimestamp();
        var run = new RefreshRun
        {
            Trigger = trigger,
            Instance = InstanceName,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime,
            Outcome = RefreshRunOutcome.Running,
            ResumedRunId = resumed?.Id,
            CompletedMeasures = resumed?.CompletedMeasures ?? "",
        };
        db.RefreshRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var done = new HashSet<string>(run.CompletedMeasures.Split(';', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        LogStarted(run.Id, trigger, resumed?.Id, done.Count);

        try
        {
            // The refresh runs in a scope of its own: its imports clear their context's change tracker, which would
            // forget the run row if they shared one.
            await using var refreshScope = scopes.CreateAsyncScope();
            var outcomes = await refreshScope.ServiceProvider.GetRequiredService<StatisticsRefresher>().RefreshAsync(
                measureIds,
                progress: progress,
                cancellationToken: cancellationToken,
                except: done.Count > 0 ? done : null,
                measureDone: async (outcome, total) =>
                {
                    Count(run, outcome);
                    run.Total = total;
                    done.Add(outcome.MeasureId);
                    run.CompletedMeasures = string.Join(';', done);
                    await db.SaveChangesAsync(CancellationToken.None);
                });
            // The commuting tables the definitions declare belong to the whole refresh, not to a run of named measures.
            var commuting = measureIds is null ? await RefreshCommutingAsync(run, done, db, cancellationToken) : [];
            run.Outcome = RefreshRunOutcome.Completed;
            run.Total = outcomes.Count + commuting.Count;
            await FinishAsync(db, run, activity, startedAt);
            return new RefreshRunResult(run, outcomes) { Commuting = commuting };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (the server shutting down): the next run takes over what this one had not done.
            run.Outcome = RefreshRunOutcome.Abandoned;
            run.Note = "stopped before it finished";
            await FinishAsync(db, run, activity, startedAt);
            throw;
        }
        catch (Exception exception)
        {
            run.Outcome = RefreshRunOutcome.Failed;
            run.Note = NoteOf(exception);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            await FinishAsync(db, run, activity, startedAt);
            throw;
        }
    }

    /// <summary>
    /// The commuting tables every current definition declares (<c>commuting:</c>), each fetched and imported on its own
    /// (<see cref="CommutingRefresh"/>), after the measures, in the same run: each counts as imported or failed, is
    /// recorded as done (<c>commuting:ssb-13631</c>) so that a run taking over skips it, and its line goes into the run's
    /// note. An expected failure (the source refusing, a row the registry refuses) stores nothing of that table and the
    /// next goes on; anything else fails the run.
    /// </summary>
    private async Task<List<CommutingRefreshOutcome>> RefreshCommutingAsync(RefreshRun run, HashSet<string> done, RiktningDb db, CancellationToken cancellationToken)
    {
        List<CommutingTableSource> declared;
        await using (var catalogScope = scopes.CreateAsyncScope())
        {
            declared = [.. (await catalogScope.ServiceProvider.GetRequiredService<StrategyCatalog>().CurrentAsync(cancellationToken))
                .SelectMany(d => d.Definition.Commuting)
                .DistinctBy(t => t.Key, StringComparer.Ordinal)];
        }

        var outcomes = new List<CommutingRefreshOutcome>();
        foreach (var table in declared.Where(t => !done.Contains(CommutingDone + t.Key)))
        {
            CommutingRefreshOutcome outcome;
            try
            {
                await using var workScope = scopes.CreateAsyncScope();
                var result = await workScope.ServiceProvider.GetRequiredService<CommutingRefresh>().RefreshAsync(table.ToRequest(), cancellationToken);
                outcome = new CommutingRefreshOutcome(table.Key, table.Table, result, null);
                run.Imported++;
            }
            catch (Exception exception) when (IsExpected(exception))
            {
                outcome = new CommutingRefreshOutcome(table.Key, table.Table, null, exception.Message);
                run.Failed++;
                LogCommutingFailed(table.Key, exception.Message);
            }

            outcomes.Add(outcome);
            done.Add(CommutingDone + table.Key);
            run.CompletedMeasures = string.Join(';', done);
            run.Note = NoteOf(run.Note is null ? outcome.Summary : run.Note + "\n" + outcome.Summary);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return outcomes;
    }

    /// <summary>How a commuting table done in a run is kept in <see cref="RefreshRun.CompletedMeasures"/> beside the measure ids.</summary>
    private const string CommutingDone = "commuting:";

    /// <summary>A failure of one table that the run reports and goes past, as a measure's.</summary>
    private static bool IsExpected(Exception exception) =>
        exception is StatisticsSourceException or ImportFormatException or ImportRefusedException or HttpRequestException;

    /// <summary>
    /// Refreshes one commuting table from its PxWeb API v1 source (<see cref="CommutingRefresh"/>) as a run of its own,
    /// under the same gate and lock as the statistics and kept in the same history; null, with nothing fetched, when
    /// another run is going on. A failure (the source refusing, a row the registry refuses) is recorded in the run and
    /// thrown; nothing of the table is stored then.
    /// </summary>
    public Task<CommutingImportResult?> RunCommutingAsync(string trigger, CommutingTableRequest request, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(trigger, onlyToTakeOver: false, () => RunCommutingHeldAsync(trigger, request, cancellationToken), cancellationToken);

    private async Task<CommutingImportResult?> RunCommutingHeldAsync(string trigger, CommutingTableRequest request, CancellationToken cancellationToken)
    {
        await using var runScope = scopes.CreateAsyncScope();
        var db = runScope.ServiceProvider.GetRequiredService<RiktningDb>();
        using var activity = RiktningTelemetry.Source.StartActivity("refresh");
        activity?.SetTag("riktning.trigger", trigger);
        var startedAt = clock.GetTimestamp();
        var run = new RefreshRun { Trigger = trigger, Instance = InstanceName, StartedAtUtc = clock.GetUtcNow().UtcDateTime, Outcome = RefreshRunOutcome.Running, Total = 1 };
        db.RefreshRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        LogStarted(run.Id, trigger, null, 0);
        try
        {
            // A scope of its own, as for the statistics: the import must not share the run row's change tracker.
            await using var workScope = scopes.CreateAsyncScope();
            var result = await workScope.ServiceProvider.GetRequiredService<CommutingRefresh>().RefreshAsync(request, cancellationToken);
            (run.Imported, run.Outcome) = (1, RefreshRunOutcome.Completed);
            run.Note = string.Create(CultureInfo.InvariantCulture, $"commuting {result.Source}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged");
            await FinishAsync(db, run, activity, startedAt);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            (run.Outcome, run.Note) = (RefreshRunOutcome.Abandoned, "stopped before it finished");
            await FinishAsync(db, run, activity, startedAt);
            throw;
        }
        catch (Exception exception)
        {
            // An expected failure is a completed run with one table failed, as a measure's is; anything else fails the run.
            (run.Failed, run.Outcome, run.Note) = (1, IsExpected(exception) ? RefreshRunOutcome.Completed : RefreshRunOutcome.Failed, NoteOf(exception));
            await FinishAsync(db, run, activity, startedAt);
            throw;
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The newest runs, newest first, for the administrators' history page.</summary>
    public async Task<IReadOnlyList<RefreshRun>> HistoryAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        return await db.RefreshRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(Math.Clamp(count, 1, 500)).ToListAsync(cancellationToken);
    }

    private static void Count(RefreshRun run, RefreshOutcome outcome)
    {
        if (outcome.Error is not null)
        {
            run.Failed++;
        }
        else if (outcome.Summary is not null)
        {
            run.Imported++;
        }
        else
        {
            run.Skipped++;
        }
    }

    /// <summary>
    /// Marks runs whose holder is gone as abandoned and answers the newest run when it is an abandoned one: the run to
    /// resume. Holding the lock, every running row on PostgreSQL is a dead holder's.
    /// </summary>
    private async Task<RefreshRun?> TakeOverAsync(RiktningDb db, CancellationToken cancellationToken)
    {
        var running = await db.RefreshRuns.Where(r => r.Outcome == RefreshRunOutcome.Running).ToListAsync(cancellationToken);
        foreach (var run in running.Where(HolderGone))
        {
            run.Outcome = RefreshRunOutcome.Abandoned;
            run.Note = $"its process was gone; {InstanceName} took over";
            LogTakenOver(run.Id, run.Instance);
        }

        await db.SaveChangesAsync(cancellationToken);
        var newest = await db.RefreshRuns.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return newest is { Outcome: RefreshRunOutcome.Abandoned } ? newest : null;
    }

    private bool HolderGone(RefreshRun run)
    {
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            return true;
        }

        var separator = run.Instance.LastIndexOf(':');
        if (separator < 0 || !string.Equals(run.Instance[..separator], Environment.MachineName, StringComparison.Ordinal)
            || !int.TryParse(run.Instance[(separator + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            // Another machine's run on a SQLite file: it cannot be checked, so it is left alone.
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>A failed run's note: the exception's message, cut to what the history keeps.</summary>
    private static string NoteOf(Exception exception) => NoteOf(exception.Message);

    private static string NoteOf(string note) => note.Length > 2000 ? note[..2000] : note;

    private async Task FinishAsync(RiktningDb db, RefreshRun run, Activity? activity, long startedAt)
    {
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        var outcome = run.Outcome.ToString().ToLowerInvariant();
        activity?.SetTag("riktning.outcome", outcome);
        activity?.SetTag("riktning.imported", run.Imported);
        activity?.SetTag("riktning.failed", run.Failed);
        var tags = new TagList { { "riktning.trigger", run.Trigger }, { "riktning.outcome", outcome } };
        RiktningTelemetry.Refreshes.Add(1, tags);
        RiktningTelemetry.RefreshDuration.Record(clock.GetElapsedTime(startedAt).TotalSeconds, tags);
        LogFinished(run.Id, outcome, run.Imported, run.Failed, run.Skipped);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The store itself failed: the row stays "running" and the next run takes it over.
            LogNotRecorded(exception, run.Id);
        }
    }

    private async Task<HeldLock?> TryLockAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
        {
            return new HeldLock(null);
        }

        // Unpooled: closing the connection ends the session and with it the lock, even if the unlock never gets there.
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", LockKey);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new HeldLock(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh ({Trigger}) not started: another instance is refreshing")]
    private partial void LogBusy(string trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh run {RunId} ({Trigger}) started; resumes run {ResumedRunId} with {Done} measures already done")]
    private partial void LogStarted(int runId, string trigger, int? resumedRunId, int done);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh run {RunId} of {Instance} was still marked running without its process: taken over")]
    private partial void LogTakenOver(int runId, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh run {RunId} {Outcome}: {Imported} imported, {Failed} failed, {Skipped} skipped")]
    private partial void LogFinished(int runId, string outcome, int imported, int failed, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Commuting table {Source} not refreshed: {Reason}")]
    private partial void LogCommutingFailed(string source, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refresh run {RunId} could not record its end")]
    private partial void LogNotRecorded(Exception exception, int runId);

    /// <summary>The advisory lock's connection (none on SQLite); disposing it unlocks and closes the session.</summary>
    private sealed class HeldLock(NpgsqlConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", LockKey);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // Closing the session below releases it all the same.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
