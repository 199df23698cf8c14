using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Shared;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Limits;

/// <summary>Sessions that end on the server, one sign-in failure, hostile uploads and the small 500s that are no more.</summary>
public sealed class SessionAndUploadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Logout_CopiedCookie_NoLongerSignsIn(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var (_, email, _) = await TestAccounts.CreateAsync(factory, RoleNames.Editor, "arvika-kommun");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var login = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", TestAccounts.Password)]);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountRegistration.SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        var copy = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Contains("Inloggad som", await copy.GetStringAsync("/", Ct), StringComparison.Ordinal);

        await TestAccounts.PostFormAsync(client, "/", [], "/account/logout");

        Assert.DoesNotContain("Inloggad som", await copy.GetStringAsync("/", Ct), StringComparison.Ordinal);
        using var write = await copy.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
        Assert.Contains("/account/login", write.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Login_UnknownAddressAndWrongPassword_GiveOneMessage(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var (_, email, _) = await TestAccounts.CreateAsync(factory, RoleNames.Analyst);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var wrong = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", "wrong-password-1")]);
        var unknown = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", "nobody-" + email), new("Input.Password", "wrong-password-1")]);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(Problem(await wrong.Content.ReadAsStringAsync(Ct)), Problem(await unknown.Content.ReadAsStringAsync(Ct)));
        Assert.Contains("Fel e-postadress eller lösenord.", Problem(await unknown.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        static string Problem(string html) => html[html.IndexOf("Fel e-postadress", StringComparison.Ordinal)..][..60];
    }

    [Fact]
    public async Task Login_ForwardedProtoFromAnUnconfiguredProxy_IsNotBelieved()
    {
        var factory = site.Factory(DatabaseProvider.Sqlite);
        var (_, email, _) = await TestAccounts.CreateAsync(factory, RoleNames.Analyst);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var response = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", TestAccounts.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountRegistration.SessionCookie, StringComparison.Ordinal));
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task LanguageSwitch_BackslashReturnUrl_RedirectsHome()
    {
        using var response = await site.Client(DatabaseProvider.Sqlite).GetAsync("/language/en?returnUrl=/\\evil.com", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportInterventions_LastColumnWorkbook_IsRefusedQuicklyNamingTheFile(DatabaseProvider provider)
    {
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);
        var timer = Stopwatch.StartNew();

        using var response = await UploadAsync(analyst.Client, "/interventions/import?culture=en", HostileFiles.LastColumnWorkbook(), "xfd.xlsx");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"took {timer.Elapsed}");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("xfd.xlsx: the sheet's dimension lies beyond column 100", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportProjects_ZipWithoutWorkbookAndStrayQuote_AreImportErrors(DatabaseProvider provider)
    {
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);

        using var zip = await UploadAsync(analyst.Client, "/cooperation/projects/import", HostileFiles.ZipWithoutWorkbook(), "projects.xlsx");
        using var quote = await UploadAsync(analyst.Client, "/cooperation/projects/import", "key,name\nk1,Na\"me\n"u8.ToArray(), "projects.csv");

        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Contains("projects.xlsx: a zip archive but not an .xlsx workbook", WebUtility.HtmlDecode(await zip.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        Assert.Contains("projects.csv: line 2: a quote", WebUtility.HtmlDecode(await quote.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Is413()
    {
        var factory = site.Factory(DatabaseProvider.Sqlite);
        var analyst = await TestAccounts.SignInAsync(factory, RoleNames.Analyst);

        using var response = await UploadAsync(analyst.Client, "/interventions/import", new byte[11 * 1024 * 1024], "big.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void StatusFor_EditRacingADelete_Is409()
    {
        Assert.Equal(StatusCodes.Status409Conflict, RequestLimits.StatusFor(new DbUpdateConcurrencyException("0 rows affected")));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, RequestLimits.StatusFor(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge)));
        Assert.Equal(StatusCodes.Status500InternalServerError, RequestLimits.StatusFor(new InvalidOperationException()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] file, string name)
    {
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", name },
        };
        return await client.PostAsync(path, content, Ct);
    }
}
