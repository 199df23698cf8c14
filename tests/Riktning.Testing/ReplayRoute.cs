using Microsoft.AspNetCore.Http;

namespace Riktning.Testing;

/// <summary>
/// One answer ReplayServer gives: a file from shared/data read in place, or a text, for a method and path (and, if
/// given, query parameters), after a scripted number of failures or delays.
/// </summary>
public sealed class ReplayRoute
{
    private readonly Lock gate = new();
    private readonly Queue<(int Status, string? RetryAfter)> failures = new();
    private readonly Dictionary<string, string> query = new(StringComparer.Ordinal);
    private int delayedAnswers;
    private TimeSpan delay;

    internal ReplayRoute(string method, string path, Func<byte[]> content, string contentType)
        : this(method, path, _ => content(), contentType, matchesPrefix: false)
    {
    }

    internal ReplayRoute(string method, string path, Func<string, byte[]> content, string contentType, bool matchesPrefix)
    {
        Method = method;
        Path = path;
        Content = content;
        ContentType = contentType;
        MatchesPrefix = matchesPrefix;
    }

    internal string Method { get; }

    internal string Path { get; }

    /// <summary>The answer's bytes for the request's path.</summary>
    internal Func<string, byte[]> Content { get; }

    /// <summary>True when <see cref="Path"/> is a prefix every path under which this route answers.</summary>
    internal bool MatchesPrefix { get; }

    internal string ContentType { get; }

    /// <summary>Matches only when the request's query has this parameter with this (decoded) value.</summary>
    public ReplayRoute WhenQuery(string name, string value)
    {
        query[name] = value;
        return this;
    }

    /// <summary>Answers <paramref name="status"/> (with Retry-After if given) to the next <paramref name="times"/> requests.</summary>
    public ReplayRoute FailFirst(int times, int status, string? retryAfter = null)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                failures.Enqueue((status, retryAfter));
            }
        }

        return this;
    }

    /// <summary>Holds the next <paramref name="times"/> answers back by <paramref name="by"/>, to run past a client's time-out.</summary>
    public ReplayRoute DelayFirst(int times, TimeSpan by)
    {
        lock (gate)
        {
            delayedAnswers = times;
            delay = by;
        }

        return this;
    }

    internal bool Matches(HttpRequest request) =>
        string.Equals(request.Method, Method, StringComparison.OrdinalIgnoreCase)
        && (MatchesPrefix
            ? request.Path.Value?.StartsWith(Path, StringComparison.Ordinal) == true
            : string.Equals(request.Path.Value, Path, StringComparison.Ordinal))
        && query.All(q => string.Equals(request.Query[q.Key].ToString(), q.Value, StringComparison.Ordinal));

    internal async Task AnswerAsync(HttpContext context)
    {
        (int Status, string? RetryAfter)? failure = null;
        var wait = TimeSpan.Zero;
        lock (gate)
        {
            if (failures.Count > 0)
            {
                failure = failures.Dequeue();
            }
            else if (delayedAnswers > 0)
            {
                delayedAnswers--;
                wait = delay;
            }
        }

        if (failure is { } f)
        {
            context.Response.StatusCode = f.Status;
            if (f.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = f.RetryAfter;
            }

            await context.Response.WriteAsync($"scripted failure {f.Status}", context.RequestAborted);
            return;
        }

        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var content = Content(context.Request.Path.Value ?? "");
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }
}
