using Riktning.Setup;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// Prepares the store before the server accepts requests: StartingAsync runs before any hosted service
/// starts, the web server included, so the first request already sees the bundled strategy. Once the server is up,
/// the data status is built in the background: it counts every observation (seconds on a store of millions), and the
/// first visitors then wait only for what is left of that build, not for all of it.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    private Task _warmUp = Task.CompletedTask;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSetup>().EnsureReadyAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _warmUp = Task.Run(WarmUpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the warm-up, so that it does not read the store while the host disposes of it.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken) => await _warmUp.WaitAsync(cancellationToken);

    private async Task WarmUpAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ObservationQueries>().StatusAsync([], CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Only a head start: the first page that needs the status builds it again and reports what fails.
            LogWarmUpFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the data status at start failed")]
    private partial void LogWarmUpFailed(Exception exception);
}
