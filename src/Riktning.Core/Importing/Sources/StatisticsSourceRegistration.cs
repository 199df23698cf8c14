using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Riktning.Importing.Sources;

/// <summary>Registers the statistics sources' options, HttpClients and <see cref="StatisticsClients"/>.</summary>
public static class StatisticsSourceRegistration
{
    public static IServiceCollection AddStatisticsSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatisticsSourceOptions>()
            .Bind(configuration.GetSection(StatisticsSourceOptions.Section))
            .Validate(
                o => StatisticsSourceOptions.Names.All(name => Uri.TryCreate(o.For(name).BaseUrl, UriKind.Absolute, out _)),
                $"Every {StatisticsSourceOptions.Section}:<source>:BaseUrl must be an absolute URL.")
            .Validate(
                o => StatisticsSourceOptions.Names.All(name => o.For(name) is { MaxAttempts: >= 1, MaxCallsPerTimeWindow: >= 0 } e && e.Timeout > TimeSpan.Zero && e.TimeWindow > TimeSpan.Zero),
                $"Every {StatisticsSourceOptions.Section}:<source> needs MaxAttempts of at least 1 and a positive Timeout and TimeWindow.")
            .ValidateOnStart();

        foreach (var source in StatisticsSourceOptions.Names)
        {
            services.AddHttpClient(StatisticsClients.HttpClientName(source), (provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<StatisticsSourceOptions>>().Value.For(source).BaseUri();

                // SourceTransport times each attempt itself (SourceEndpointOptions.Timeout); HttpClient's own 100 s would
                // otherwise cut a longer configured time-out short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        }

        services.AddSingleton<StatisticsClients>();
        return services;
    }
}
