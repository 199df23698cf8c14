using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Riktning.Web.Tests;

/// <summary>
/// Counts the commands that read the observations table: what a cache in front of it saves. It can also hold the next
/// such read until released, so that a test sends a second request while the first one's build is surely running.
/// </summary>
public sealed class ObservationReads : DbCommandInterceptor
{
    private int _count;
    private Held? _hold;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Holds the next read of the observations; the task ends when a read is being held.</summary>
    public Task HoldNextRead()
    {
        var hold = new Held();
        Volatile.Write(ref _hold, hold);
        return hold.Reached.Task;
    }

    /// <summary>Lets the held read go on.</summary>
    public void Release() => Interlocked.Exchange(ref _hold, null)?.Release.TrySetResult();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (Note(command) is { } held)
        {
            held.Wait();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Note(command) is { } held)
        {
            await held.Release.Task.WaitAsync(Held.Longest, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    private Held? Note(DbCommand command)
    {
        // SQLite's SQL quotes the table name, PostgreSQL's does not (it is lower case).
        if (!Regex.IsMatch(command.CommandText, "\\bobservations\\b"))
        {
            return null;
        }

        Interlocked.Increment(ref _count);
        var held = Volatile.Read(ref _hold);
        // Only the first read after HoldNextRead is held; the ones after it pass.
        if (held is null || !held.Reached.TrySetResult())
        {
            return null;
        }

        return held;
    }

    private sealed class Held
    {
        /// <summary>A held read gives up after this long, so that a test that forgets to release fails instead of hanging.</summary>
        public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Wait() => Release.Task.Wait(Longest);
    }
}
