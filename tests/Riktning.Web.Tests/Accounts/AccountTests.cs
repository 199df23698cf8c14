using System.Net;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Accounts;

public sealed class AccountTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Login_RightPassword_SignsInAndShowsLogout(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, "arvika-kommun");

        var html = await editor.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains($"Inloggad som {editor.Email}", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/logout\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compression_SignedInPagesAreSentUncompressed_PublicPagesCompressed()
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(DatabaseProvider.Sqlite), RoleNames.Editor, "arvika-kommun");
        var reader = site.Client(DatabaseProvider.Sqlite);

        var signedIn = await GetGzipAsync(editor.Client);
        var anonymous = await GetGzipAsync(reader);

        // A signed-in page holds the user's details beside echoed input: compressed over HTTPS it could leak (BREACH).
        Assert.Empty(signedIn.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], anonymous.Content.Headers.ContentEncoding);

        static Task<HttpResponseMessage> GetGzipAsync(HttpClient client)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/interventions");
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            return client.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightPassword(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var (_, email, _) = await TestAccounts.CreateAsync(factory, RoleNames.Analyst);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var wrong = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", "wrong-password-" + i)]);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var right = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", TestAccounts.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        // One message for every failure, a locked account included: it tells the lockout rule, not which accounts exist.
        Assert.Contains("Efter fem misslyckade försök låses kontot i 15 minuter.", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Login_EmptyFields_NamesEachFieldInSummary(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var response = await TestAccounts.PostFormAsync(client, "/account/login?culture=en", [new("Input.Email", ""), new("Input.Password", "")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"#Input_Email\">Enter your e-mail address.</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Input_Password-error\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Logout_WithoutAntiforgeryToken_IsRejectedAndSessionStays(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, "arvika-kommun");

        var response = await editor.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        var html = await editor.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Inloggad som", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Logout_WithToken_EndsSession(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, "arvika-kommun");

        var response = await TestAccounts.PostFormAsync(editor.Client, "/", [], "/account/logout");
        var html = await editor.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Inloggad som", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_MoreAttemptsThanTheLimit_AnswersTooManyRequests()
    {
        var factory = site.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b.UseSetting("Riktning:Accounts:LoginAttemptsPerMinute", "3"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await TestAccounts.PostFormAsync(client, "/account/login", [new("Input.Email", "nobody@example.org"), new("Input.Password", "x")]);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Login_Page_OffersNoExternalSignInWithoutConfiguration(DatabaseProvider provider)
    {
        var html = await site.Client(provider).GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("OpenID Connect", html, StringComparison.Ordinal);
    }
}
