using Riktning.Setup;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Commands;

/// <summary>The services a command-line verb works with: the same registration as the web site, without the web server.</summary>
internal static class CommandHost
{
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken, bool prepareDatabase = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = HostPaths.ContentRoot() });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // After the settings' own rules, so that appsettings.json's Information for the server does not chatter here.
        builder.Logging.AddFilter(null, LogLevel.Warning);
        // Results on stdout, logs (warnings included) on stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddRiktningCore(builder.Configuration);
        builder.Services.AddRiktningAccounts();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddScoped<Riktning.Web.Features.Shared.SiteDefinitions>();
        builder.Services.AddScoped<Riktning.Web.Features.Plans.PlanningData>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            if (prepareDatabase)
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseSetup>().EnsureReadyAsync(cancellationToken);
            }

            return await work(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception ex) when (ex is Riktning.Strategy.DefinitionException or Riktning.Regions.RegionListException or DatabaseNotReadyException or Riktning.Importing.ImportFormatException or Riktning.Statistics.ImportRefusedException or IOException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
