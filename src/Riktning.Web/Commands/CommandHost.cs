using Riktning.Setup;

namespace Riktning.Web.Commands;

/// <summary>The services a command-line verb works with: the web site's registration, without the web server.</summary>
internal static class CommandHost
{
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken, bool prepareDatabase = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = HostPaths.ContentRoot() });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // After the settings' own rules, so that appsettings.json's Information for the server does not chatter here.
        builder.Logging.AddFilter(null, LogLevel.Warning);
        builder.Services.AddRiktning(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        if (prepareDatabase)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSetup>().EnsureReadyAsync(cancellationToken);
        }

        // User errors (RiktningException, unreadable files) are reported once, by CommandErrors in Program.cs.
        return await work(scope.ServiceProvider, cancellationToken);
    }
}
