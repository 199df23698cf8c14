using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Riktning.Importing.Sources;

/// <summary>
/// Sends the requests of one statistics source: keeps under its call limit, retries what is worth retrying with back-off,
/// and reads the whole body within the attempt's time-out. One instance per source for the life of the process, because
/// the call limit is counted per client address, not per request or per HttpClient.
/// </summary>
/// <remarks>
/// A small explicit loop rather than Microsoft.Extensions.Http.Resilience: we need Retry-After honoured, the rate limit
/// taken before every attempt, deterministic (jitter-free) delays for tests, and one exception type naming URL and
/// attempt count, which is about as much code as configuring the pipeline would be.
/// </remarks>
public sealed partial class SourceTransport(string source, SourceEndpointOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    // A sliding window hands a permit back when the segment it was taken in leaves the window, which can be up to one
    // segment sooner than a full window after the call. Stretching the window by one segment keeps every span of the
    // source's own window at or under its limit, whichever way the source counts.
    private const int Segments = 10;

    private readonly Lock gate = new();
    private readonly List<RateLimiter> retired = [];
    private RateLimiter? limiter = CreateLimiter(options.MaxCallsPerTimeWindow, options.TimeWindow);
    private (int Calls, TimeSpan Window) limit = (options.MaxCallsPerTimeWindow, options.TimeWindow);
    private long sent;

    /// <summary>The source's name, for messages.</summary>
    public string Source => source;

    /// <summary>Every request sent to the source so far, retries and failed attempts included: what the source counts.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds (once per attempt: a request message cannot be sent twice)
    /// and returns the body of the first successful answer. Every request to these sources is a read, PxWeb's POST
    /// included (it carries a query, not a change), so repeating one after a time-out cannot do harm.
    /// </summary>
    /// <exception cref="StatisticsSourceException">An error status that retrying cannot fix, or no success within the attempts.</exception>
    public async Task<SourceResponse> SendAsync(HttpClient http, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await WaitForPermitAsync(cancellationToken);
            using var request = createRequest();
            var url = AbsoluteUrl(http, request);
            using var timeout = new CancellationTokenSource(options.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

            string failure;
            int? status = null;
            TimeSpan? retryAfter = null;
            Exception? error = null;
            try
            {
                Interlocked.Increment(ref sent);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var content = await response.Content.ReadAsByteArrayAsync(linked.Token);
                    return new SourceResponse(url, content, response.Content.Headers.ContentType?.MediaType);
                }

                var body = await ExcerptAsync(response, linked.Token);
                failure = $"answered {status} {response.ReasonPhrase}{body}";
                if (!IsTransient(response.StatusCode))
                {
                    throw new StatisticsSourceException($"{source}: {request.Method} {url} {failure}", url, attempt, status);
                }

                retryAfter = RetryAfter(response);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // Our own time-out, or HttpClient.Timeout if it is the shorter one: either way the source was too slow.
                failure = $"timed out after {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
                error = e;
            }
            catch (HttpRequestException e)
            {
                failure = $"failed: {e.Message}";
                error = e;
            }

            if (attempt >= options.MaxAttempts)
            {
                throw new StatisticsSourceException(
                    $"{source}: {request.Method} {url} gave up after {attempt} attempt{(attempt == 1 ? "" : "s")}; the last {failure}",
                    url,
                    attempt,
                    status,
                    error);
            }

            var delay = retryAfter ?? Backoff(attempt);
            LogRetry(logger, source, request.Method, url, failure, attempt, options.MaxAttempts, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>
    /// Tightens the call limit to the one the server states in its own <c>/config</c> when that is stricter than the
    /// settings (or the settings set none): the server's figure is the one it enforces with 429s.
    /// </summary>
    public void AdoptServerLimit(int maxCalls, TimeSpan window)
    {
        if (maxCalls <= 0 || window <= TimeSpan.Zero)
        {
            return;
        }

        lock (gate)
        {
            if (limit.Calls > 0 && maxCalls / window.TotalSeconds >= limit.Calls / limit.Window.TotalSeconds)
            {
                return;
            }

            // Callers may be waiting on the old limiter; it is retired, not disposed, until the transport is.
            if (limiter is not null)
            {
                retired.Add(limiter);
            }

            limiter = CreateLimiter(maxCalls, window);
            limit = (maxCalls, window);
        }

        LogServerLimit(source, maxCalls, window);
    }

    public void Dispose()
    {
        limiter?.Dispose();
        retired.ForEach(r => r.Dispose());
    }

    private static SlidingWindowRateLimiter? CreateLimiter(int maxCalls, TimeSpan window) => maxCalls > 0
        ? new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = maxCalls,
            Window = window * Segments / (Segments - 1),
            SegmentsPerWindow = Segments,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        })
        : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source}: keeping to the server's call limit of {MaxCalls} per {Window}")]
    private partial void LogServerLimit(string source, int maxCalls, TimeSpan window);

    private async ValueTask WaitForPermitAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref limiter);
        if (current is null)
        {
            return;
        }

        // Window limiters do not take permits back on dispose; the lease only says whether one was granted.
        using var lease = await current.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new StatisticsSourceException($"{source}: the call limit of {limit.Calls} per {limit.Window} refused a permit.");
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.RetryDelay * Math.Pow(2, attempt - 1);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (delay is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < options.MaxRetryDelay ? wait : options.MaxRetryDelay;
    }

    // Too many calls, and the gateway or service being briefly away, pass; everything else (400 bad selection, 403 too
    // many cells, 404 unknown table) would fail the same way again.
    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static Uri AbsoluteUrl(HttpClient http, HttpRequestMessage request) => request.RequestUri switch
    {
        { IsAbsoluteUri: true } absolute => absolute,
        { } relative when http.BaseAddress is not null => new Uri(http.BaseAddress, relative),
        _ => throw new InvalidOperationException("A relative request needs an HttpClient with a BaseAddress."),
    };

    // PxWebApi 2 explains a 400 or 403 in a problem-details body ("too many cells selected"); a few hundred characters of it
    // make the exception actionable without dumping an HTML error page into the log.
    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        if (text.Length == 0)
        {
            return "";
        }

        return ": " + (text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…"));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "{Source}: {Method} {Url} {Failure}; attempt {Attempt} of {MaxAttempts}, retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string source, HttpMethod method, Uri url, string failure, int attempt, int maxAttempts, TimeSpan delay);
}
