using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Riktning.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port that stands in for SCB, SSB and Kolada: it replays the real responses
/// in shared/data (read in place) or given texts at chosen paths, records every request, and can be told to answer
/// 429 or 503 a number of times or to answer too late. Unmatched requests get 404 and are recorded too.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<ReplayRoute> routes = [];
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private ReplayServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How long a request no route matches waits before its 404: to make a run over many measures take a while.</summary>
    public TimeSpan UnmatchedDelay { get; set; }

    /// <summary>
    /// The network goes down after this many requests: every later one is cut off (the connection reset, no answer), as
    /// when a refresh loses the network half-way. Null (the default) keeps it up.
    /// </summary>
    public int? FailAfter { get; set; }

    private int handled;

    /// <summary>The requests received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<ReplayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ReplayServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new ReplayServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        return server;
    }

    /// <summary>An absolute URL on this server for a path such as <c>api/v2/</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative);

    /// <summary>Serves a file, read in place on every request, at <paramref name="path"/> (absolute, <c>/api/v2/config</c>).</summary>
    public ReplayRoute ServeFile(string method, string path, string file, string contentType = "application/json; charset=utf-8")
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"Sample response not found: {file}", file);
        }

        return Add(new ReplayRoute(method, path, () => File.ReadAllBytes(file), contentType));
    }

    /// <summary>Serves a text as UTF-8 at <paramref name="path"/>.</summary>
    public ReplayRoute ServeText(string method, string path, string text, string contentType = "application/json; charset=utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Add(new ReplayRoute(method, path, () => bytes, contentType));
    }

    /// <summary>
    /// Answers every request whose path starts with <paramref name="pathPrefix"/> with the text <paramref name="answer"/>
    /// writes for its path, as UTF-8: for runs of more requests than are worth listing one by one, such as a refresh of
    /// every Swedish municipality.
    /// </summary>
    public ReplayRoute ServeGenerated(string method, string pathPrefix, Func<string, string> answer, string contentType = "application/json; charset=utf-8") =>
        Add(new ReplayRoute(method, pathPrefix, path => Encoding.UTF8.GetBytes(answer(path)), contentType, matchesPrefix: true));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private ReplayRoute Add(ReplayRoute route)
    {
        lock (routes)
        {
            routes.Add(route);
        }

        return route;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var received = DateTimeOffset.UtcNow;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", body, received));
        if (FailAfter is { } calls && Interlocked.Increment(ref handled) > calls)
        {
            context.Abort();
            return;
        }

        ReplayRoute? route;
        lock (routes)
        {
            // The first registered match wins, so register the narrower (query-bound) route of a path first.
            route = routes.FirstOrDefault(r => r.Matches(context.Request));
        }

        if (route is null)
        {
            if (UnmatchedDelay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(UnmatchedDelay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync($"ReplayServer has no route for {context.Request.Method} {context.Request.Path}{context.Request.QueryString}", context.RequestAborted);
            return;
        }

        await route.AnswerAsync(context);
    }
}
