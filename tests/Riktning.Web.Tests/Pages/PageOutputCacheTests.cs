using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;
using Riktning.Web.Features.Shared;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The indicator page's rendered HTML is kept per store version, language and address for anonymous readers
/// (<see cref="PageOutputCache"/>): an import is seen by the next request, signed-in readers never share it, languages
/// never mix, and nothing with an anti-forgery token or a cookie is kept. A response served from the output cache
/// carries an <c>Age</c> header; a rendered one does not.
/// </summary>
public sealed partial class PageOutputCacheTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/" + ReportSeed.Indicator;

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_IndicatorAfterImport_IsRenderedAgainWithTheNewValue(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var client = site.Client(provider);
        const string page = Page + "?culture=en&breakdown=total";
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);

        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                ReportSeed.Measure,
                new ImportOrigin("test", "N01961", "a revised 2022"),
                [new("SE-17", "2022", "", 81.75, ValueStatus.Present)],
                Cancel);
        }

        var afterImport = await GetAsync(client, page);
        var afterImportAgain = await GetAsync(client, page);

        Assert.False(first.Cached);
        Assert.True(again.Cached);
        Assert.Equal(first.Html, again.Html);
        Assert.DoesNotContain("81.75", first.Html, StringComparison.Ordinal);
        Assert.False(afterImport.Cached);
        Assert.Contains("data-value=\"81.75\"", afterImport.Html, StringComparison.Ordinal);
        Assert.True(afterImportAgain.Cached);
        Assert.Equal(afterImport.Html, afterImportAgain.Html);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_IndicatorSignedInAndAnonymous_NeverShareTheKeptPage(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var anonymous = site.Client(provider);
        const string page = Page + "?culture=en&breakdown=sex";
        var user = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);

        var anonymousFirst = await GetAsync(anonymous, page);
        var anonymousAgain = await GetAsync(anonymous, page);
        var signedIn = await GetAsync(user.Client, page);
        var signedInAgain = await GetAsync(user.Client, page);
        var anonymousAfter = await GetAsync(site.Client(provider), page);

        Assert.True(anonymousAgain.Cached);
        Assert.DoesNotContain(user.Email, anonymousFirst.Html, StringComparison.Ordinal);
        // The signed-in reader's pages are rendered for them (their name in the header), never taken from the cache...
        Assert.False(signedIn.Cached);
        Assert.False(signedInAgain.Cached);
        Assert.Contains(user.Email, signedIn.Html, StringComparison.Ordinal);
        Assert.Contains(user.Email, signedInAgain.Html, StringComparison.Ordinal);
        // ...and never kept for anyone else.
        Assert.True(anonymousAfter.Cached);
        Assert.DoesNotContain(user.Email, anonymousAfter.Html, StringComparison.Ordinal);
        Assert.Equal(anonymousFirst.Html, anonymousAfter.Html);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_IndicatorInThreeLanguages_KeepsOnePagePerLanguage(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        const string page = Page + "?breakdown=municipality";
        var views = new Dictionary<string, (Response First, Response Again)>(StringComparer.Ordinal);
        foreach (var culture in new[] { "sv", "nb", "en" })
        {
            // The language chosen by the language links: the standard culture cookie, not the query string.
            var client = site.Client(provider);
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
            views[culture] = (await GetAsync(client, page), await GetAsync(client, page));
        }

        foreach (var (culture, (first, again)) in views)
        {
            Assert.True(again.Cached, culture);
            Assert.Equal(first.Html, again.Html);
            Assert.Equal(culture, LanguagePattern().Match(again.Html).Groups[1].Value);
        }

        Assert.Equal(3, views.Values.Select(v => v.Again.Html).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_PageWithAnAntiforgeryForm_IsNeverKept(DatabaseProvider provider)
    {
        var first = site.Client(provider);
        var second = site.Client(provider);

        var one = await GetAsync(first, "/account/login");
        var oneAgain = await GetAsync(first, "/account/login");
        var other = await GetAsync(second, "/account/login");

        Assert.False(one.Cached);
        Assert.False(oneAgain.Cached);
        Assert.False(other.Cached);
        Assert.NotEqual(Token(oneAgain.Html), Token(other.Html));

        // The policy itself: an opted-in page that wrote an anti-forgery token (the real IAntiforgery) is not kept.
        await using var scope = site.Services(provider).CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = "GET";
        http.Response.StatusCode = StatusCodes.Status200OK;
        var context = new OutputCacheContext { HttpContext = http };
        await new PageOutputCache().CacheRequestAsync(context, Cancel);
        Assert.True(context.AllowCacheStorage);
        scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        await new PageOutputCache().ServeResponseAsync(context, Cancel);
        Assert.False(context.AllowCacheStorage);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ServeResponse_ViewThatShowedAnOlderVersionsStatus_IsNotKept(DatabaseProvider provider)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = "GET";
        http.Response.StatusCode = StatusCodes.Status200OK;
        var context = new OutputCacheContext { HttpContext = http };
        var policy = new PageOutputCache();
        await policy.CacheRequestAsync(context, Cancel);
        await policy.ServeResponseAsync(context, Cancel);
        Assert.True(context.AllowCacheStorage);

        scope.ServiceProvider.GetRequiredService<StoreVersionSnapshot>().MarkStale();
        await policy.ServeResponseAsync(context, Cancel);
        Assert.False(context.AllowCacheStorage);
    }

    private static async Task<Response> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Response(await response.Content.ReadAsStringAsync(Cancel), response.Headers.Age is not null);
    }

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no token");

    [GeneratedRegex("<html lang=\"([a-z]+)\"")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed record Response(string Html, bool Cached);
}
