using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// The bounds on what a request may cost (<see cref="LimitSettings"/>), which proxies are believed
/// (<see cref="ProxySettings"/>), and the status codes of the failures a request can cause without a bug: a body too
/// large (413), a form the server cannot read (400), an edit racing a delete (409).
/// </summary>
public static class RequestLimits
{
    /// <summary>The rate-limit policy of <c>/api</c>: per client address and minute.</summary>
    public const string ApiPolicy = "api";

    /// <summary>The rate-limit policy of uploads: at most <see cref="LimitSettings.ConcurrentImports"/> at once.</summary>
    public const string ImportPolicy = "imports";

    /// <summary>How long a client turned away without a better estimate is asked to wait.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitSettings.Section).Get<LimitSettings>() ?? new LimitSettings();
        services.AddOptions<LimitSettings>().Bind(configuration.GetSection(LimitSettings.Section))
            .Validate(l => l.UploadBytes > 0 && l.ConcurrentImports > 0 && l.ApiRequestsPerMinute > 0 && l.ApiMaxRows > 0 && l.ApiConcurrentBuilds > 0,
                $"{LimitSettings.Section}: every limit must be positive")
            .ValidateOnStart();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.UploadBytes);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.UploadBytes);

        var proxies = new ProxySettings();
        configuration.GetSection(ProxySettings.Section).Bind(proxies);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxies.ForwardLimit;
            // Only the configured proxies: the defaults (loopback) would let anything on the machine speak for clients.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddSingleton(proxies);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectedAsync;
            // Partitioned by the address itself (IPAddress compares by value), not its text: this runs on every API request.
            o.AddPolicy(ApiPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<LimitSettings>>().Value.ApiRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress ?? IPAddress.None,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.AddPolicy(ImportPolicy, context =>
            {
                // Only uploads count: reading the form is free.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<LimitSettings>>().Value.ConcurrentImports;
                return RateLimitPartition.GetConcurrencyLimiter(
                    "imports", _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = permits, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
            });
        });
        return services;
    }

    /// <summary>Reads forwarded headers only when proxies are configured.</summary>
    public static IApplicationBuilder UseConfiguredProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxySettings>().IsConfigured ? app.UseForwardedHeaders() : app;

    /// <summary>
    /// A body whose declared length is over <see cref="LimitSettings.UploadBytes"/> is refused with 413 before a byte of it
    /// is read; Kestrel's own limit stops one without a length (chunked) when it passes the same size.
    /// </summary>
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > context.RequestServices.GetRequiredService<IOptions<LimitSettings>>().Value.UploadBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context);
    });

    /// <summary>The status of an exception that a client, not a bug, caused; 500 for the rest.</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        Microsoft.AspNetCore.Http.BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException when exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        OperationCanceledException => 499,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static async ValueTask RejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : DefaultRetryAfter;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"At most {context.RequestServices.GetRequiredService<IOptions<LimitSettings>>().Value.ApiRequestsPerMinute} requests a minute per client; try again in {context.Response.Headers.RetryAfter} s.",
                },
            });
        }
    }
}
