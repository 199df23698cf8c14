using Microsoft.Extensions.Logging.Console;

namespace Riktning.Web;

/// <summary>The one registration the web site and the command-line verbs share; each host adds only its own parts.</summary>
internal static class RiktningServices
{
    public static IServiceCollection AddRiktning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRiktningCore(configuration);
        // The pages and the command line's messages read the same texts (the CLI in English).
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Results go to standard output, logs of every level to standard error, so that output can be piped.
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddRiktningTelemetry(configuration);
        return services;
    }
}
