using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Statistics;
using Riktning.Testing;
using Riktning.Web.Tests.Commands;

namespace Riktning.Web.Tests.Operations;

/// <summary>A real `riktning refresh` process killed mid-refresh; the next run finds its row, takes it over and finishes its work.</summary>
public sealed class RefreshCrashTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task RefreshProcessKilledMidRun_NextRunTakesOverAndDoesOnlyTheRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var sources = await ReplayServer.StartAsync();
        sources.UnmatchedDelay = TimeSpan.FromMilliseconds(400);
        using var process = CommandRunner.Start(database, Path.GetTempPath(), ReplaySources.Settings(sources), "refresh");
        _ = process.StandardOutput.ReadToEndAsync(Cancel);
        _ = process.StandardError.ReadToEndAsync(Cancel);

        // Killed once it has finished at least two measures, well before the last.
        RefreshRun? running = null;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
        {
            await using (var db = database.CreateContext())
            {
                running = await db.RefreshRuns.AsNoTracking().SingleOrDefaultAsync(Cancel);
            }

            if (running is not null && running.CompletedMeasures.Split(';', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                break;
            }

            await Task.Delay(50, Cancel);
        }

        Assert.False(process.HasExited, "the refresh ended before it could be killed");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(Cancel);

        RefreshRun killed;
        await using (var db = database.CreateContext())
        {
            killed = await db.RefreshRuns.AsNoTracking().SingleAsync(Cancel);
        }

        var done = killed.CompletedMeasures.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RefreshRunOutcome.Running, killed.Outcome);
        Assert.Null(killed.FinishedAtUtc);
        Assert.InRange(done.Length, 2, killed.Total - 1);

        // The next run, in another process (this one), takes over.
        sources.UnmatchedDelay = TimeSpan.Zero;
        await using var services = Services(database, sources);
        var next = await services.GetRequiredService<RefreshCoordinator>().RunAsync(RefreshTriggers.Command, cancellationToken: Cancel);

        Assert.NotNull(next);
        Assert.Equal(killed.Id, next.Run.ResumedRunId);
        Assert.Equal(RefreshRunOutcome.Completed, next.Run.Outcome);
        Assert.Equal(killed.Total - done.Length, next.Outcomes.Count);
        Assert.DoesNotContain(next.Outcomes, o => done.Contains(o.MeasureId));
        await using (var db = database.CreateContext())
        {
            var runs = await db.RefreshRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Cancel);
            Assert.Equal([RefreshRunOutcome.Abandoned, RefreshRunOutcome.Completed], runs.Select(r => r.Outcome));
            Assert.Contains("took over", runs[0].Note, StringComparison.Ordinal);
            Assert.Equal(killed.Total, runs[1].CompletedMeasures.Split(';').Length);
        }
    }

    private static ServiceProvider Services(TestDatabase database, ReplayServer sources)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([.. database.Settings(), .. ReplaySources.Settings(sources), new("Riktning:RegionListsPath", RepositoryPaths.Regions)])
            .Build();
        return new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
    }
}
