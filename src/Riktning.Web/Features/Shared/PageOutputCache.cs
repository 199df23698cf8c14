using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// The rendered HTML of public pages that show only what the store version decides: kept by ASP.NET Core's output
/// cache per <see cref="StoreVersion"/>, language and the page's full address with its query string, so a repeated
/// anonymous view is a lookup and a copy instead of a Razor rendering. Pages opt in with
/// <c>[OutputCache(PolicyName = PageOutputCache.Policy)]</c>: the start page, focus areas, indicators, about,
/// perspectives, revisions, the municipalities and their profiles, the Norway cooperation and the border region. Pages
/// that show what is edited on the site without a new store version do not: goals (their interventions), plans, the
/// registry and cooperation lists, commuting (its import stores no batch), themes (plans linked to them), the
/// situation analyses and the review cycles. The start page also shows the first-start refresh's progress, which
/// changes between store versions: it is part of the key while a refresh runs or has failures to show.
/// <para>
/// Never kept or served from the cache: any request that carries a cookie other than the language and anti-forgery
/// cookies (a session, so a signed-in reader never gets an anonymous page and no signed-in page is kept) or an
/// <c>Authorization</c> header; methods other than GET and HEAD; answers other than 200; answers that set a cookie or
/// say <c>no-store</c>/<c>private</c> (anti-forgery tokens in a form set both); and a view that showed an older
/// version's data status while the new one was being counted.
/// </para>
/// </summary>
public sealed class PageOutputCache : IOutputCachePolicy
{
    public const string Policy = "store-version-page";

    /// <summary>Every kept page carries this tag: a new store version evicts the older versions' pages at once.</summary>
    public const string Tag = "store-version-page";

    /// <summary>The rendered pages together: a page is about 30 KB, so thousands of addresses and languages fit.</summary>
    private const long SizeLimit = 64L * 1024 * 1024;

    /// <summary>Larger pages are rendered every time rather than kept.</summary>
    private const long MaximumBodySize = 2L * 1024 * 1024;

    /// <summary>A page not asked for again within this time is rendered anew: old versions' pages do not linger.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private StoreVersion? _newest;

    public static void AddPageOutputCache(IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimit;
            o.MaximumBodySize = MaximumBodySize;
            // The pages echo their address (the language links' return address), so /Indicators/X is not /indicators/x.
            o.UseCaseSensitivePaths = true;
            o.AddPolicy(Policy, new PageOutputCache());
        });

    /// <summary>Whether the request is one whose page may be kept or served from the cache: anonymous, no session.</summary>
    public static bool IsAnonymous(HttpRequest request)
    {
        if (request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return false;
        }

        foreach (var cookie in request.Cookies)
        {
            if (!string.Equals(cookie.Key, CookieRequestCultureProvider.DefaultCookieName, StringComparison.Ordinal)
                && !cookie.Key.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !IsAnonymous(request))
        {
            context.EnableOutputCaching = false;
            return;
        }

        // The request's own snapshot: the page it renders on a miss is read at this same version.
        var version = await http.RequestServices.GetRequiredService<StoreVersionSnapshot>().CurrentAsync(cancellation);
        await EvictOlderVersionsAsync(http, version, cancellation);
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Readers who miss together (after an import) wait for one rendering.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        var vary = context.CacheVaryByRules;
        vary.VaryByValues["store"] = version.ToString();
        vary.VaryByValues["culture"] = culture is null ? "" : $"{culture.Culture.Name}|{culture.UICulture.Name}";
        // The query string as sent, order and case included: the page may echo it (the report form, the language links).
        vary.VaryByValues["query"] = request.QueryString.Value ?? "";
        var refresh = http.RequestServices.GetRequiredService<RefreshProgress>().Current;
        vary.VaryByValues["refresh"] = ReferenceEquals(refresh, RefreshSnapshot.Idle)
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"{refresh.State}|{refresh.Done}|{refresh.Total}|{refresh.Failures.Count}");
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || http.User.Identity?.IsAuthenticated == true
            || http.RequestServices.GetRequiredService<StoreVersionSnapshot>().ServedStale)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The first request that sees a version other than the newest seen evicts every kept page: they are unreachable
    /// under the new version's key anyway, and would otherwise hold memory until they expire.
    /// </summary>
    private async ValueTask EvictOlderVersionsAsync(HttpContext http, StoreVersion version, CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (_newest is null || _newest == version)
            {
                _newest = version;
                return;
            }

            _newest = version;
        }

        await http.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellation);
    }
}
