using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// The rendered HTML of public pages that show only what the store version decides: kept by ASP.NET Core's output
/// cache per <see cref="StoreVersion"/> (the indicator page per the version of its measures, <see cref="IndicatorPolicy"/>),
/// language and the page's full address with its query string, so a repeated
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

    /// <summary>
    /// The indicator page's policy: kept per version of the measures it shows (<see cref="StoreVersion.ForMeasures"/>), so
    /// an import into another measure leaves it cached; everything else that moves the store version still renders it anew.
    /// </summary>
    public const string IndicatorPolicy = "store-version-indicator-page";

    /// <summary>Every kept page carries this tag: a new store version other than a new batch evicts every kept page at once.</summary>
    public const string Tag = "store-version-page";

    /// <summary>Pages kept per the whole store version carry this tag too: any new batch evicts them.</summary>
    public const string BatchesTag = "store-version-page-batches";

    /// <summary>The rendered pages together: a page is about 30 KB, so thousands of addresses and languages fit.</summary>
    private const long SizeLimit = 64L * 1024 * 1024;

    /// <summary>Larger pages are rendered every time rather than kept.</summary>
    private const long MaximumBodySize = 2L * 1024 * 1024;

    /// <summary>A page not asked for again within this time is rendered anew: old versions' pages do not linger.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Func<HttpContext, CancellationToken, ValueTask<IReadOnlyList<string>?>>? _measures;
    private readonly Newest _newest;

    public PageOutputCache()
        : this(null, new Newest())
    {
    }

    /// <param name="measures">The measures a request's page shows, when it is kept per their version; null (or a null answer) for the whole version.</param>
    /// <param name="newest">The newest version seen, shared by the policies so that each change is evicted once.</param>
    private PageOutputCache(Func<HttpContext, CancellationToken, ValueTask<IReadOnlyList<string>?>>? measures, Newest newest) =>
        (_measures, _newest) = (measures, newest);

    /// <summary>The tag of the pages kept per the version of <paramref name="measureId"/>: a new batch of it evicts them.</summary>
    public static string MeasureTag(string measureId) => "store-version-page-measure:" + measureId;

    public static void AddPageOutputCache(IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimit;
            o.MaximumBodySize = MaximumBodySize;
            // The pages echo their address (the language links' return address), so /Indicators/X is not /indicators/x.
            o.UseCaseSensitivePaths = true;
            var newest = new Newest();
            o.AddPolicy(Policy, new PageOutputCache(null, newest));
            o.AddPolicy(IndicatorPolicy, new PageOutputCache(IndicatorMeasuresAsync, newest));
        });

    /// <summary>
    /// The measures the indicator page of the request shows (<see cref="Strategy.IndicatorModel.MeasuresOf"/>), from the
    /// strategy and revision it asks for; null when there is no such indicator (a 404, which is not kept).
    /// </summary>
    private static async ValueTask<IReadOnlyList<string>?> IndicatorMeasuresAsync(HttpContext http, CancellationToken cancellation)
    {
        int? revision = int.TryParse(http.Request.Query["revision"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        var loaded = await http.RequestServices.GetRequiredService<SiteDefinitions>()
            .StrategyAsync(http.Features.Get<SiteStrategy>()?.Id, revision, cancellation);
        var id = http.GetRouteValue("id") as string;
        var indicator = loaded?.Definition.FocusAreas.SelectMany(a => a.Goals).SelectMany(g => g.Indicators).FirstOrDefault(i => i.Id == id);
        return indicator is null ? null : [.. Strategy.IndicatorModel.MeasuresOf(loaded!.Definition, indicator)];
    }

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
        var measures = _measures is null ? null : await _measures(http, cancellation);
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Readers who miss together (after an import) wait for one rendering.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        if (measures is null)
        {
            context.Tags.Add(BatchesTag);
        }
        else
        {
            foreach (var measure in measures)
            {
                context.Tags.Add(MeasureTag(measure));
            }
        }

        var vary = context.CacheVaryByRules;
        vary.VaryByValues["store"] = (measures is null ? version : version.ForMeasures(measures)).ToString();
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
    /// The first request that sees a version other than the newest seen evicts the kept pages it makes old: they are
    /// unreachable under the new version's key anyway, and would otherwise hold memory until they expire. New batches
    /// evict the pages kept per the whole version and those of the measures they changed; any other change every page.
    /// </summary>
    private async ValueTask EvictOlderVersionsAsync(HttpContext http, StoreVersion version, CancellationToken cancellation)
    {
        StoreVersion? previous;
        lock (_newest.Gate)
        {
            previous = _newest.Version;
            _newest.Version = version;
            if (previous is null || previous == version)
            {
                return;
            }
        }

        var store = http.RequestServices.GetRequiredService<IOutputCacheStore>();
        if (!version.SameApartFromBatches(previous))
        {
            await store.EvictByTagAsync(Tag, cancellation);
            return;
        }

        await store.EvictByTagAsync(BatchesTag, cancellation);
        foreach (var measure in version.MeasuresChangedSince(previous))
        {
            await store.EvictByTagAsync(MeasureTag(measure), cancellation);
        }
    }

    /// <summary>The newest version a request saw, shared by the policies.</summary>
    private sealed class Newest
    {
        public Lock Gate { get; } = new();

        public StoreVersion? Version { get; set; }
    }
}
