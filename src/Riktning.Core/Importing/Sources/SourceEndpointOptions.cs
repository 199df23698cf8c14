using System.ComponentModel.DataAnnotations;

namespace Riktning.Importing.Sources;

/// <summary>Where one statistics source lives and how politely we call it; bound from <c>Riktning:Sources:&lt;Source&gt;</c>.</summary>
public sealed class SourceEndpointOptions
{
    /// <summary>The API root every request is relative to; a trailing slash is added when missing.</summary>
    [Required]
    public string BaseUrl { get; set; } = "";

    /// <summary>How long one attempt may take, body included, before it counts as timed out.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Attempts per request, the first included; 429, 502, 503, 504, time-outs and network errors are retried.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the second attempt; it doubles for each further one unless the source sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts, also for a Retry-After the source sends.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Calls allowed per <see cref="TimeWindow"/> (PxWebApi 2's <c>maxCallsPerTimeWindow</c>); 0 for no limit.</summary>
    [Range(0, int.MaxValue)]
    public int MaxCallsPerTimeWindow { get; set; }

    /// <summary>The window <see cref="MaxCallsPerTimeWindow"/> counts over (PxWebApi 2's <c>timeWindow</c>, in seconds there).</summary>
    public TimeSpan TimeWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The base URL as an absolute URI ending in a slash, so that relative paths append to it instead of replacing its last segment.</summary>
    public Uri BaseUri()
    {
        var url = BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"'{BaseUrl}' is not an absolute URL.");
    }
}
