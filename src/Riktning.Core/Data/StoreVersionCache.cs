using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Setup;

namespace Riktning.Data;

/// <summary>
/// Values computed from the store (what the analysis reads, the data status), kept in memory with the
/// <see cref="StoreVersion"/> they were read at, one entry per key in a size-limited cache. Between imports they cannot
/// differ, so a page costs no query for them; a new version makes the next caller build the value again. Callers that
/// miss together share one build, which runs in a service scope of its own with no caller's cancellation, so that a
/// caller that leaves does not end it for the others. The one cache of values read from the store: the pages' analyses
/// and the open data API's finished answers alike.
/// </summary>
public sealed partial class StoreVersionCache(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<RiktningOptions> options, ILogger<StoreVersionCache> logger) : IDisposable
{
    /// <summary>
    /// Bounds the memory, in estimated bytes (each caller says how large its value is). An indicator's points on a store
    /// of ten million values are about 13 000 rows, 1–2 MB; the limit holds the whole strategy's several times over.
    /// </summary>
    private const long SizeLimit = 256L * 1024 * 1024;

    /// <summary>An entry not asked for in this long leaves the cache; a new version replaces it earlier.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly ConcurrentDictionary<(string Key, StoreVersion Version), Build> _building = new();

    /// <summary>When the last build of each stale-allowed key ended and how long it took (a few keys: the data status).</summary>
    private readonly ConcurrentDictionary<string, (long EndedAt, TimeSpan Took)> _lastBuilds = new(StringComparer.Ordinal);

    /// <summary>How many times its own duration a slow stale-allowed build rests before the next (at most a quarter of the time busy).</summary>
    private const int RestFactor = 3;

    /// <summary>The value of <paramref name="key"/> at <paramref name="version"/> when it is cached, without building it.</summary>
    public bool TryGet<T>(string key, StoreVersion version, out T? value)
        where T : class
    {
        if (_entries.TryGetValue(key, out Versioned<T>? cached) && cached!.Version == version)
        {
            value = cached.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The value of <paramref name="key"/> at <paramref name="version"/>, built once when missing or older.</summary>
    /// <remarks>
    /// <paramref name="priority"/> orders what leaves first when the cache is full: values that are cheap to build again
    /// (an open data answer, milliseconds) pass <see cref="CacheItemPriority.Low"/> so that they go before the pages'
    /// values (a measure's points, seconds on a large store). With <paramref name="keep"/> false the value is built (once
    /// for the callers that miss together) but not kept: for a value that is probably asked for only once, which would
    /// otherwise live on in the GC's oldest generation until the cache drops it.
    /// </remarks>
    public async Task<T> GetAsync<T>(
        string key, StoreVersion version, Func<IServiceProvider, CancellationToken, Task<T>> build, Func<T, long> size, CancellationToken cancellationToken,
        CacheItemPriority priority = CacheItemPriority.Normal, bool keep = true)
        where T : class
    {
        if (TryGet(key, version, out T? cached))
        {
            return cached!;
        }

        return await Building(key, version, build, size, priority, keep).Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Like <see cref="GetAsync{T}"/>, but when an older version's value is cached, waits for the new one at most
    /// <see cref="RiktningOptions.StaleAnswerWait"/> from the start of its build, then answers with the older one while
    /// the build goes on; the callers after it is done get the new one. For answers that take seconds to build on a
    /// large store (counting every observation), so that no visitor after an import waits for them. On a small store
    /// the build is done within the wait and the answer is never stale. <c>servedStale</c> is called when the older value
    /// is given, so that the caller does not keep what it shows as this version's. One build of a key runs at a time: while
    /// an older version's is still running, callers wait for it within the same wait, then get the cached value; after a
    /// build that took longer than the wait, the next starts only once three times its duration has passed.
    /// </summary>
    public async Task<T> GetAllowingStaleAsync<T>(
        string key, StoreVersion version, Func<IServiceProvider, CancellationToken, Task<T>> build, Func<T, long> size, CancellationToken cancellationToken,
        Action? servedStale = null)
        where T : class
    {
        _entries.TryGetValue(key, out Versioned<T>? cached);
        if (cached is not null && cached.Version == version)
        {
            return cached.Value;
        }

        // One build per key at a time: on a large store a refresh commits an import every few seconds, and a build per
        // version (each reading every observation, half a minute at 100 M values) would stack up on the database. While
        // an older version's build runs, callers wait for it within the same wait (without limit when nothing is cached)
        // and get the cached value after that; the first caller after it ends builds the newest version.
        if (OlderBuild<T>(key, version) is { } older)
        {
            var remaining = options.Value.StaleAnswerWait - clock.GetElapsedTime(older.StartedAt);
            if (cached is not null && remaining <= TimeSpan.Zero)
            {
                servedStale?.Invoke();
                return cached.Value;
            }

            try
            {
                await older.Task.WaitAsync(cached is null ? Timeout.InfiniteTimeSpan : remaining, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                servedStale?.Invoke();
                return cached!.Value;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The older build failed (and logged it); this caller builds its own version below.
            }

            _entries.TryGetValue(key, out cached);
            if (cached is not null && cached.Version == version)
            {
                return cached.Value;
            }
        }

        // A build slower than the wait (a large store) rests three times as long as it took before the next one starts:
        // during a refresh that commits an import every few seconds, back-to-back counts of 100 M values kept two
        // parallel workers per instance busy for the whole refresh (bench/README.md, the instances verb). A build
        // within the wait (a small store) never rests, so nothing there is behind.
        if (cached is not null && _lastBuilds.TryGetValue(key, out var last) && last.Took > options.Value.StaleAnswerWait
            && clock.GetElapsedTime(last.EndedAt) < last.Took * RestFactor)
        {
            servedStale?.Invoke();
            return cached.Value;
        }

        var building = Building(key, version, build, size);
        _ = building.Task.ContinueWith(
            _ => _lastBuilds[key] = (clock.GetTimestamp(), clock.GetElapsedTime(building.StartedAt)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (cached is null)
        {
            return await building.Task.WaitAsync(cancellationToken);
        }

        // The wait counts from the start of the build, not per caller: once it is over, callers get the older value
        // at once instead of each waiting again for as long as the build takes.
        var wait = options.Value.StaleAnswerWait - clock.GetElapsedTime(building.StartedAt);
        if (wait <= TimeSpan.Zero)
        {
            servedStale?.Invoke();
            return cached.Value;
        }

        try
        {
            return await building.Task.WaitAsync(wait, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            servedStale?.Invoke();
            return cached.Value;
        }
    }

    public void Dispose() => _entries.Dispose();

    private Build<T>? OlderBuild<T>(string key, StoreVersion version)
        where T : class
    {
        foreach (var ((buildKey, buildVersion), running) in _building)
        {
            if (buildKey == key && buildVersion != version && running is Build<T> typed)
            {
                return typed;
            }
        }

        return null;
    }

    private Build<T> Building<T>(
        string key, StoreVersion version, Func<IServiceProvider, CancellationToken, Task<T>> build, Func<T, long> size,
        CacheItemPriority priority = CacheItemPriority.Normal, bool keep = true)
        where T : class =>
        // On the thread pool: SQLite completes "async" calls synchronously, and a build run inside Lazy.Value would hold
        // the first caller (and every other caller blocked on the Lazy) for the whole build, stale answer or not.
        (Build<T>)_building.GetOrAdd(
            (key, version),
            k => new Build<T>(new Lazy<Task<T>>(() => Task.Run(() => BuildAndKeepAsync(k.Key, k.Version, build, size, priority, keep))), clock.GetTimestamp()));

    private async Task<T> BuildAndKeepAsync<T>(
        string key, StoreVersion version, Func<IServiceProvider, CancellationToken, Task<T>> build, Func<T, long> size, CacheItemPriority priority, bool keep)
        where T : class
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var value = await build(scope.ServiceProvider, CancellationToken.None);
            if (!keep)
            {
                return value;
            }

            _entries.Set(key, new Versioned<T>(version, value), new MemoryCacheEntryOptions
            {
                Size = Math.Max(1, size(value)),
                SlidingExpiration = Lifetime,
                Priority = priority,
            });
            return value;
        }
        catch (Exception exception)
        {
            // A build that answers only later callers (a stale answer was given) has nobody to throw to.
            LogBuildFailed(exception, key);
            throw;
        }
        finally
        {
            _building.TryRemove((key, version), out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the cached {Key} from the store failed")]
    private partial void LogBuildFailed(Exception exception, string key);

    private sealed record Versioned<T>(StoreVersion Version, T Value);

    private abstract record Build(long StartedAt);

    /// <summary>A build in progress, started by the first caller that missed; the Lazy makes it one per key and version.</summary>
    private sealed record Build<T>(Lazy<Task<T>> Running, long StartedAt) : Build(StartedAt)
    {
        public Task<T> Task => Running.Value;
    }
}
