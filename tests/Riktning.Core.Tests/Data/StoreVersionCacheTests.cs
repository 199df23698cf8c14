using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Riktning.Data;
using Riktning.Setup;

namespace Riktning.Core.Tests.Data;

/// <summary>Values kept per store version: built once for every caller, built again for a new version, stale only after the wait.</summary>
public sealed class StoreVersionCacheTests
{
    private static readonly StoreVersion First = new(1, 1, 0, 0);
    private static readonly StoreVersion Second = new(2, 1, 0, 0);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_ConcurrentCallersSameVersion_ShareOneBuild()
    {
        using var cache = Cache(TimeSpan.FromMinutes(1));
        var builds = 0;
        var release = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 8).Select(_ => cache.GetAsync("k", First, async (_, _) =>
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return "one";
        }, _ => 1, Cancel)).ToList();
        release.SetResult();
        var answers = await Task.WhenAll(callers);
        var again = await cache.GetAsync("k", First, (_, _) => Task.FromResult("two"), _ => 1, Cancel);

        Assert.Equal(1, builds);
        Assert.All(answers, a => Assert.Equal("one", a));
        Assert.Equal("one", again);
    }

    [Fact]
    public async Task GetAsync_NotKept_SharesTheBuildButKeepsNothing()
    {
        using var cache = Cache(TimeSpan.FromMinutes(1));
        var builds = 0;
        var release = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 4).Select(_ => cache.GetAsync("k", First, async (_, _) =>
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return "one";
        }, _ => 1, Cancel, keep: false)).ToList();
        release.SetResult();
        var answers = await Task.WhenAll(callers);
        var kept = cache.TryGet("k", First, out string? _);
        var next = await cache.GetAsync("k", First, (_, _) => Task.FromResult("two"), _ => 1, Cancel);

        Assert.Equal(1, builds);
        Assert.All(answers, a => Assert.Equal("one", a));
        Assert.False(kept);
        Assert.Equal("two", next);
    }

    [Fact]
    public async Task GetAsync_NewVersion_BuildsAgain()
    {
        using var cache = Cache(TimeSpan.FromMinutes(1));
        await cache.GetAsync("k", First, (_, _) => Task.FromResult("one"), _ => 1, Cancel);

        var answer = await cache.GetAsync("k", Second, (_, _) => Task.FromResult("two"), _ => 1, Cancel);

        Assert.Equal("two", answer);
    }

    [Fact]
    public async Task GetAllowingStaleAsync_NewVersionSlowerThanTheWait_AnswersThePreviousUntilBuilt()
    {
        using var cache = Cache(TimeSpan.FromMilliseconds(50));
        await cache.GetAllowingStaleAsync("k", First, (_, _) => Task.FromResult("one"), _ => 1, Cancel);
        var release = new TaskCompletionSource();
        var builds = 0;

        async Task<string> Slow(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return "two";
        }

        var stale = 0;
        var whileBuilding = await cache.GetAllowingStaleAsync("k", Second, Slow, _ => 1, Cancel, () => stale++);
        var stillBuilding = await cache.GetAllowingStaleAsync("k", Second, Slow, _ => 1, Cancel, () => stale++);
        release.SetResult();
        var built = await cache.GetAsync("k", Second, Slow, _ => 1, Cancel);
        var again = await cache.GetAllowingStaleAsync("k", Second, Slow, _ => 1, Cancel, () => stale++);

        Assert.Equal(("one", "one", "two", "two"), (whileBuilding, stillBuilding, built, again));
        Assert.Equal(1, builds);
        // The two older answers were said to be stale (a page that showed them is not kept); the current one was not.
        Assert.Equal(2, stale);
    }

    [Fact]
    public async Task GetAllowingStaleAsync_OlderVersionStillBuilding_StartsNoSecondBuildUntilItEnds()
    {
        // A fake clock: the waits, the builds' durations and the rest are the test's, not the machine's load.
        var clock = new FakeTimeProvider();
        var wait = TimeSpan.FromMilliseconds(50);
        using var cache = Cache(wait, clock);
        await cache.GetAllowingStaleAsync("k", First, (_, _) => Task.FromResult("one"), _ => 1, Cancel);
        var third = new StoreVersion(3, 1, 0, 0);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource();
        var builds = 0;

        async Task<string> Slow(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref builds);
            started.SetResult();
            await release.Task;
            return "two";
        }

        Task<string> Fast(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref builds);
            return Task.FromResult("three");
        }

        var secondAsked = cache.GetAllowingStaleAsync("k", Second, Slow, _ => 1, Cancel);
        await started.Task;
        clock.Advance(wait);
        var whileSecond = await secondAsked;
        // An import commits while the second version is still being built: no build of the third starts beside it.
        var thirdWhileSecond = await cache.GetAllowingStaleAsync("k", third, Fast, _ => 1, Cancel);
        var buildsWhileSecond = builds;
        // The second build takes twice the wait, so the next one rests three times as long (300 ms) first.
        clock.Advance(wait);
        release.SetResult();
        await cache.GetAsync("k", Second, Slow, _ => 1, Cancel);
        var thirdResting = await cache.GetAllowingStaleAsync("k", third, Fast, _ => 1, Cancel);
        clock.Advance(TimeSpan.FromMilliseconds(301));
        var thirdAfterwards = await cache.GetAllowingStaleAsync("k", third, Fast, _ => 1, Cancel);

        Assert.Equal(("one", "one", "two", "three"), (whileSecond, thirdWhileSecond, thirdResting, thirdAfterwards));
        Assert.Equal(1, buildsWhileSecond);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task GetAllowingStaleAsync_BuildSlowerThanTheWait_RestsThreeTimesItsDurationBeforeTheNext()
    {
        var clock = new FakeTimeProvider();
        using var cache = Cache(TimeSpan.FromMilliseconds(20), clock);
        await cache.GetAllowingStaleAsync("k", First, (_, _) => Task.FromResult("one"), _ => 1, Cancel);
        var third = new StoreVersion(3, 1, 0, 0);
        var builds = 0;

        // Each build takes 300 ms on the fake clock, longer than the 20 ms wait.
        Task<string> Build(string value)
        {
            Interlocked.Increment(ref builds);
            clock.Advance(TimeSpan.FromMilliseconds(300));
            return Task.FromResult(value);
        }

        await cache.GetAllowingStaleAsync("k", Second, (_, _) => Build("two"), _ => 1, Cancel);
        var second = await cache.GetAsync("k", Second, (_, _) => Build("two"), _ => 1, Cancel);
        var resting = await cache.GetAllowingStaleAsync("k", third, (_, _) => Build("three"), _ => 1, Cancel);
        var buildsWhileResting = builds;
        clock.Advance(TimeSpan.FromMilliseconds(899));
        var stillResting = await cache.GetAllowingStaleAsync("k", third, (_, _) => Build("three"), _ => 1, Cancel);
        clock.Advance(TimeSpan.FromMilliseconds(2));
        await cache.GetAllowingStaleAsync("k", third, (_, _) => Build("three"), _ => 1, Cancel);
        var rested = await cache.GetAsync("k", third, (_, _) => Build("three"), _ => 1, Cancel);

        Assert.Equal(("two", "two", "two", "three"), (second, resting, stillResting, rested));
        Assert.Equal(1, buildsWhileResting);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task GetAllowingStaleAsync_NewVersionWithinTheWait_AnswersTheNew()
    {
        using var cache = Cache(TimeSpan.FromMinutes(1));
        await cache.GetAllowingStaleAsync("k", First, (_, _) => Task.FromResult("one"), _ => 1, Cancel);

        var stale = false;
        var answer = await cache.GetAllowingStaleAsync("k", Second, async (_, _) =>
        {
            await Task.Delay(20, CancellationToken.None);
            return "two";
        }, _ => 1, Cancel, () => stale = true);

        Assert.Equal("two", answer);
        Assert.False(stale);
    }

    [Fact]
    public async Task GetAsync_CacheFull_LowPriorityValuesLeaveFirst()
    {
        // The limit is 256 MB of what the callers say; sizes are only counted, nothing that large is allocated. Together
        // the two values are above the 95 % the cache compacts down to.
        const long Megabyte = 1024 * 1024;
        using var cache = Cache(TimeSpan.FromMinutes(1));
        await cache.GetAsync("page", First, (_, _) => Task.FromResult("points"), _ => 125 * Megabyte, Cancel);
        await cache.GetAsync("answer", First, (_, _) => Task.FromResult("answer"), _ => 125 * Megabyte, Cancel, CacheItemPriority.Low);

        // Over the limit: the cache compacts in the background and takes the low-priority answer, not the page's value.
        await cache.GetAsync("other", First, (_, _) => Task.FromResult("other"), _ => 10 * Megabyte, Cancel);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (cache.TryGet<string>("answer", First, out _) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Cancel);
        }

        Assert.False(cache.TryGet<string>("answer", First, out _));
        Assert.True(cache.TryGet<string>("page", First, out var page));
        Assert.Equal("points", page);
    }

    private static StoreVersionCache Cache(TimeSpan staleAnswerWait, TimeProvider? clock = null) => new(
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        clock ?? TimeProvider.System,
        Options.Create(new RiktningOptions { StaleAnswerWait = staleAnswerWait }),
        NullLogger<StoreVersionCache>.Instance);
}
