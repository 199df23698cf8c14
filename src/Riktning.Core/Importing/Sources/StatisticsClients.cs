using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Importing.Kolada;
using Riktning.Importing.PxWeb;

namespace Riktning.Importing.Sources;

/// <summary>
/// Hands out the HTTP client of each statistics source. Clients are cheap and short-lived (their HttpClient comes from
/// IHttpClientFactory, which rotates handlers); the <see cref="SourceTransport"/> behind them lives here, one per source,
/// because a source counts calls per client address and every caller in the process must share that budget.
/// </summary>
public sealed class StatisticsClients(
    IHttpClientFactory httpClients,
    IOptions<StatisticsSourceOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SourceTransport>> transports = new(StringComparer.Ordinal);

    /// <summary>SCB, PxWeb API v1.</summary>
    public PxWebClient Scb() => new(Http(StatisticsSourceOptions.ScbName), Transport(StatisticsSourceOptions.ScbName));

    /// <summary>SSB, API v0 (PxWeb API v1 protocol).</summary>
    public PxWebClient Ssb() => new(Http(StatisticsSourceOptions.SsbName), Transport(StatisticsSourceOptions.SsbName));

    /// <summary>SCB, PxWebApi 2.</summary>
    public PxWebApi2Client ScbApi2() => new(Http(StatisticsSourceOptions.ScbApi2Name), Transport(StatisticsSourceOptions.ScbApi2Name));

    /// <summary>SSB, PxWebApi 2.</summary>
    public PxWebApi2Client SsbApi2() => new(Http(StatisticsSourceOptions.SsbApi2Name), Transport(StatisticsSourceOptions.SsbApi2Name));

    /// <summary>The Nordic Statistics database, PxWeb API v1.</summary>
    public PxWebClient Nordic() => new(Http(StatisticsSourceOptions.NordicName), Transport(StatisticsSourceOptions.NordicName));

    /// <summary>Kolada, API v3.</summary>
    public KoladaClient Kolada() => new(Http(StatisticsSourceOptions.KoladaName), Transport(StatisticsSourceOptions.KoladaName));

    /// <summary>The requests sent to every source so far, retries and failed attempts included (see <see cref="SourceTransport.Sent"/>).</summary>
    public long Sent => transports.Values.Where(t => t.IsValueCreated).Sum(t => t.Value.Sent);

    public void Dispose()
    {
        foreach (var transport in transports.Values.Where(t => t.IsValueCreated))
        {
            transport.Value.Dispose();
        }
    }

    /// <summary>The name each source's HttpClient is registered under.</summary>
    public static string HttpClientName(string source) => "Riktning.Sources." + source;

    private HttpClient Http(string source) => httpClients.CreateClient(HttpClientName(source));

    // Lazy so that two threads asking at once still share one limiter.
    private SourceTransport Transport(string source) => transports.GetOrAdd(source, name => new Lazy<SourceTransport>(() =>
        new SourceTransport(name, options.Value.For(name), time, loggers.CreateLogger<SourceTransport>()))).Value;
}
