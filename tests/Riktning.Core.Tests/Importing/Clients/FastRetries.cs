using Microsoft.Extensions.Logging.Abstractions;
using Riktning.Importing.Sources;

namespace Riktning.Core.Tests.Importing.Clients;

/// <summary>Transports with short, deterministic delays, so that retry tests take milliseconds.</summary>
internal static class FastRetries
{
    public static SourceEndpointOptions Options(int maxAttempts = 3, TimeSpan? timeout = null) => new()
    {
        BaseUrl = "http://unused.invalid/",
        MaxAttempts = maxAttempts,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    public static SourceTransport Transport(string source, SourceEndpointOptions? options = null) =>
        new(source, options ?? Options(), TimeProvider.System, NullLogger.Instance);
}
