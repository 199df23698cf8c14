using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Riktning.Statistics;

/// <summary>
/// On the first start of an empty store (no import batch yet), fetches every measure's statistics in the background, so
/// that a newcomer's site has figures without another command; the start page shows the progress
/// (<see cref="RefreshProgress"/>). Off with <c>Riktning:Refresh:OnFirstStart=false</c> (the tests' setting). Without
/// network every measure fails with one line each in the log and on the start page, and nothing is stored.
/// </summary>
public sealed partial class FirstStartRefresh(
    IServiceScopeFactory scopes, IOptions<RefreshOptions> options, RefreshProgress progress, ILogger<FirstStartRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OnFirstStart)
        {
            return;
        }

        // Off the start-up path: the server answers while the sources are asked.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<RiktningDb>().ImportBatches.AnyAsync(stoppingToken))
        {
            return;
        }

        LogStarting();
        progress.Start(0);
        try
        {
            // Several instances starting on one empty store: one fetches, the others show the start page without progress.
            var result = await scope.ServiceProvider.GetRequiredService<RefreshCoordinator>().RunAsync(
                RefreshTriggers.FirstStart, new InlineProgress(p => progress.Advance(p.Done, p.Total)), cancellationToken: stoppingToken);
            var outcomes = result?.Outcomes ?? [];
            progress.Finish(outcomes);
            var (imported, failed, calls) = (outcomes.Count(o => o.Summary is not null), outcomes.Count(o => o.Error is not null), outcomes.Sum(o => o.Calls));
            LogFinished(imported, failed, calls);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure outside the per-measure ones (the store itself): the site keeps running, without figures.
            progress.Finish([]);
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The first-start refresh failed; run riktning refresh by hand")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty store: fetching the statistics of every measure with a source in the background")]
    private partial void LogStarting();

    [LoggerMessage(Level = LogLevel.Information, Message = "First-start refresh done: {Imported} measures imported, {Failed} failed, {Calls} calls to the sources")]
    private partial void LogFinished(int imported, int failed, int calls);

    /// <summary>Reports at once on the refreshing thread (Progress&lt;T&gt; would post to the thread pool and could arrive after Finish).</summary>
    private sealed class InlineProgress(Action<(int Done, int Total, string MeasureId)> report) : IProgress<(int Done, int Total, string MeasureId)>
    {
        public void Report((int Done, int Total, string MeasureId) value) => report(value);
    }
}
