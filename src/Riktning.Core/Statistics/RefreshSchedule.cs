using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Riktning.Statistics;

/// <summary>
/// Refreshes the statistics on a schedule inside the server, only when <c>Riktning:Refresh:Interval</c> is set. Every
/// instance may have it set: <see cref="RefreshCoordinator"/> lets one run at a time (on PostgreSQL), and the others
/// skip that tick. Between ticks, every <see cref="RefreshOptions.TakeOverCheck"/>, an instance looks for a run whose
/// process died and finishes its work, so a crash costs at most that long, not a whole interval.
/// </summary>
public sealed partial class RefreshSchedule(RefreshCoordinator coordinator, IOptions<RefreshOptions> options, TimeProvider clock, ILogger<RefreshSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Interval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        var takeOver = TakeOverAsync(stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunAsync(onlyToTakeOver: false, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));

        await takeOver;
    }

    private async Task TakeOverAsync(CancellationToken stoppingToken)
    {
        var check = options.Value.TakeOverCheck;
        if (check <= TimeSpan.Zero || check >= options.Value.Interval)
        {
            return;
        }

        using var timer = new PeriodicTimer(check, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunAsync(onlyToTakeOver: true, stoppingToken);
        }
    }

    private async Task RunAsync(bool onlyToTakeOver, CancellationToken stoppingToken)
    {
        try
        {
            await coordinator.RunAsync(RefreshTriggers.Schedule, onlyToTakeOver: onlyToTakeOver, cancellationToken: stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The store failed (the run records it when it can); the schedule goes on, and the next tick tries again.
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled refresh failed")]
    private partial void LogFailed(Exception exception);
}
