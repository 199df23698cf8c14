using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;
using Riktning.Web.Features.Shared;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Pages;

/// <summary>
/// The rendered HTML of the public pages that opt in (the indicator page here, and each page that shows a figure or the
/// strategy's text) is kept per store version, language and address for anonymous readers
/// (<see cref="PageOutputCache"/>): an import is seen by the next request, signed-in readers never share it, languages
/// never mix, and nothing with an anti-forgery token or a cookie is kept. A response served from the output cache
/// carries an <c>Age</c> header; a rendered one does not.
/// </summary>
public sealed partial class PageOutputCacheTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/indicators/" + ReportSeed.Indicator;

    private const string Strategy = "varmlandsstrategin-2040.yaml";

    private const string Cooperation = "norge-samarbete.yaml";

    /// <summary>A measure of another indicator ("Hälsa och välbefinnande"), not the population measure.</summary>
    private const string OtherMeasure = "bra-sjalvskattat-halsotillstand";

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
    public async Task Get_ImportIntoAnotherMeasure_KeepsTheIndicatorPageAndETagAndAnImportIntoItsOwnMovesThem(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var client = site.Client(provider);
        var page = $"{Page}?culture=en&breakdown=municipality&probe={Guid.NewGuid():N}";
        const string api = "/api/measures/" + ReportSeed.Measure + "/observations?region=SE-17&format=csv";
        const string otherApi = "/api/measures/" + OtherMeasure + "/observations?region=SE-17&format=csv";
        await ImportAsync(provider, OtherMeasure, new ObservationRow("SE-17", "2023", "", 70.5, ValueStatus.Present));
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);
        var tag = await ETagAsync(client, api);
        var otherTag = await ETagAsync(client, otherApi);

        await ImportAsync(provider, OtherMeasure, new ObservationRow("SE-17", "2024", "", 71.25, ValueStatus.Present));
        var afterOther = await GetAsync(client, page);
        var tagAfterOther = await ETagAsync(client, api);
        var otherTagAfterOther = await ETagAsync(client, otherApi);
        using var request = new HttpRequestMessage(HttpMethod.Get, api);
        request.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(request, Cancel);

        await ImportAsync(provider, ReportSeed.Measure, new ObservationRow("SE-17", "2020", "", 61.75, ValueStatus.Present));
        var afterOwn = await GetAsync(client, page);
        var tagAfterOwn = await ETagAsync(client, api);

        Assert.True(again.Cached);
        Assert.Equal(first.Html, again.Html);
        // Another measure's import keeps the indicator's page and its measure's answer and ETag (a 304 for it)...
        Assert.True(afterOther.Cached);
        Assert.Equal(first.Html, afterOther.Html);
        Assert.Equal(tag, tagAfterOther);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        // ...and moves that measure's own.
        Assert.NotEqual(otherTag, otherTagAfterOther);
        // An import into the indicator's measure moves both.
        Assert.False(afterOwn.Cached);
        Assert.Contains("61.75", afterOwn.Html, StringComparison.Ordinal);
        Assert.NotEqual(tag, tagAfterOwn);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_StartPageAfterImport_IsRenderedAgainWithTheNewCount(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var client = site.Client(provider);
        const string page = "/?culture=en";
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);

        await ImportAsync(provider, new ObservationRow("SE-1781", "2030", "", 91.5, ValueStatus.Present));
        // The data status may be built after the wait a page gives it (StaleAnswerWait); such a view shows the older
        // count and is not kept, so ask until the new count shows.
        var afterImport = await GetAsync(client, page);
        for (var tries = 0; ValueCount(afterImport.Html) == ValueCount(first.Html) && tries < 50; tries++)
        {
            await Task.Delay(100, Cancel);
            afterImport = await GetAsync(client, page);
        }

        var afterImportAgain = await GetAsync(client, page);

        Assert.False(first.Cached);
        Assert.True(again.Cached);
        Assert.Equal(first.Html, again.Html);
        Assert.False(afterImport.Cached);
        Assert.Equal(ValueCount(first.Html) + 1, ValueCount(afterImport.Html));
        Assert.True(afterImportAgain.Cached);
        Assert.Equal(afterImport.Html, afterImportAgain.Html);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Get_MunicipalityProfileAfterImport_IsRenderedAgainWithTheNewValue(DatabaseProvider provider)
    {
        await ReportSeed.ImportAsync(site.Services(provider));
        var client = site.Client(provider);
        const string page = "/municipalities/SE-1780?culture=en";
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);

        await ImportAsync(provider, new ObservationRow("SE-1780", "2029", "", 88.5, ValueStatus.Present), new ObservationRow("SE-17", "2029", "", 64.5, ValueStatus.Present));
        var afterImport = await GetAsync(client, page);
        var afterImportAgain = await GetAsync(client, page);

        Assert.False(first.Cached);
        Assert.True(again.Cached);
        Assert.Equal(first.Html, again.Html);
        Assert.DoesNotContain("88.5", first.Html, StringComparison.Ordinal);
        Assert.False(afterImport.Cached);
        Assert.Contains("88.5", afterImport.Html, StringComparison.Ordinal);
        Assert.True(afterImportAgain.Cached);
        Assert.Equal(afterImport.Html, afterImportAgain.Html);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/about?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Sqlite, "/perspectives?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Sqlite, "/revisions?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Sqlite, "/norway?culture=en", Cooperation)]
    [InlineData(DatabaseProvider.Postgres, "/about?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Postgres, "/perspectives?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Postgres, "/revisions?culture=en", Strategy)]
    [InlineData(DatabaseProvider.Postgres, "/norway?culture=en", Cooperation)]
    public async Task Get_DefinitionPageAfterDefinitionLoad_IsRenderedAgainWithTheNewRevision(DatabaseProvider provider, string page, string definitionFile)
    {
        var client = site.Client(provider);
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);

        // A new revision of the definition (a new store version): the strategy's label and a perspective's name, or the
        // cooperation's title, changed.
        var marker = "revised-" + Guid.NewGuid().ToString("N")[..8];
        var definition = (await File.ReadAllTextAsync(RepositoryPaths.Strategies(definitionFile), Cancel))
            .Replace("  label: \"2025\"", $"  label: \"2025 {marker}\"", StringComparison.Ordinal)
            .Replace("en: Children and young people shall have the future ahead of them", $"en: Children and young people shall have the future ahead of them {marker}", StringComparison.Ordinal)
            .Replace("en: Region Värmland's cooperation with Norway", $"en: Region Värmland's cooperation with Norway {marker}", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"{Path.GetFileNameWithoutExtension(definitionFile)}-{marker}.yaml");
        await File.WriteAllTextAsync(file, definition, Cancel);
        try
        {
            await using var scope = site.Services(provider).CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StrategyLoader>().LoadFileAsync(file, Cancel);
        }
        finally
        {
            File.Delete(file);
        }

        var afterLoad = await GetAsync(client, page);
        var afterLoadAgain = await GetAsync(client, page);

        Assert.False(first.Cached);
        Assert.True(again.Cached);
        Assert.Equal(first.Html, again.Html);
        Assert.False(afterLoad.Cached);
        Assert.Contains(marker, afterLoad.Html, StringComparison.Ordinal);
        Assert.True(afterLoadAgain.Cached);
        Assert.Equal(afterLoad.Html, afterLoadAgain.Html);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/municipalities?culture=en", "SE-1760")]
    [InlineData(DatabaseProvider.Sqlite, "/cooperation/border-region?culture=en", "NO-34")]
    [InlineData(DatabaseProvider.Postgres, "/municipalities?culture=en", "SE-1760")]
    [InlineData(DatabaseProvider.Postgres, "/cooperation/border-region?culture=en", "NO-34")]
    public async Task Get_RegionPageAfterARegionLoad_IsRenderedAgainWithTheNewName(DatabaseProvider provider, string page, string region)
    {
        var client = site.Client(provider);
        var first = await GetAsync(client, page);
        var again = await GetAsync(client, page);

        // A region load that renames one region (as `riktning regions load` with a corrected name would): a new store
        // version, though no batch and no definition changed.
        var marker = "renamed-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<RegionRegistry>();
            var regions = await registry.ListAsync(RegionKey.Parse(region).Country, cancellationToken: Cancel);
            await registry.SyncAsync(regions.Select(r => r.Key == region ? TestRegions.Renamed(r, $"{r.Name} {marker}") : r).ToList(), Cancel);
        }

        // The version is read again at most once per check interval; the page must show the new name within it.
        var afterLoad = await GetAsync(client, page);
        for (var tries = 0; !afterLoad.Html.Contains(marker, StringComparison.Ordinal) && tries < 50; tries++)
        {
            await Task.Delay(100, Cancel);
            afterLoad = await GetAsync(client, page);
        }

        var afterLoadAgain = await GetAsync(client, page);

        Assert.False(first.Cached);
        Assert.True(again.Cached);
        Assert.DoesNotContain(marker, first.Html, StringComparison.Ordinal);
        Assert.False(afterLoad.Cached);
        Assert.Contains(marker, afterLoad.Html, StringComparison.Ordinal);
        Assert.True(afterLoadAgain.Cached);
        Assert.Equal(afterLoad.Html, afterLoadAgain.Html);
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

    private Task ImportAsync(DatabaseProvider provider, params ObservationRow[] rows) => ImportAsync(provider, ReportSeed.Measure, rows);

    private async Task ImportAsync(DatabaseProvider provider, string measure, params ObservationRow[] rows)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
            measure, new ImportOrigin("test", "N01961", "a later value"), rows, Cancel);
    }

    private static async Task<System.Net.Http.Headers.EntityTagHeaderValue> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }

    /// <summary>The start page's count of stored values ("… (N values)").</summary>
    private static int ValueCount(string html) =>
        int.Parse(ValueCountPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no token");

    [GeneratedRegex("\\(([0-9]+) values\\)")]
    private static partial Regex ValueCountPattern();

    [GeneratedRegex("<html lang=\"([a-z]+)\"")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed record Response(string Html, bool Cached);
}
