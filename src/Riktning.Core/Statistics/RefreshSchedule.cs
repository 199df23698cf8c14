using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Riktning.Statistics;

/// <summary>
/// Refreshes the statistics on a schedule inside the server, only when <c>Riktning:Refresh:Interval</c> is set.
/// With several web instances, set it on one of them: the imports are idempotent, but there is no point in fetching twice.
/// </summary>
public sealed partial class RefreshSchedule(IServiceScopeFactory scopes, IOptions<RefreshOptions> options, TimeProvider clock, ILogger<RefreshSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Interval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcomes = await scope.ServiceProvider.GetRequiredService<StatisticsRefresher>().RefreshAsync(cancellationToken: stoppingToken);
            var (imported, failed, skipped) = (outcomes.Count(o => o.Summary is not null), outcomes.Count(o => o.Error is not null), outcomes.Count(o => o.Skipped is not null));
            LogRefreshed(imported, failed, skipped);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled refresh: {Imported} measures imported, {Failed} failed, {Skipped} skipped")]
    private partial void LogRefreshed(int imported, int failed, int skipped);
}
