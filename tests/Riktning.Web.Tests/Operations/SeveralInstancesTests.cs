using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Organisations;
using Riktning.Statistics;
using Riktning.Testing;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Operations;

/// <summary>
/// Two instances of the site (two hosts, each with its own caches, key ring and refresher) over ONE real PostgreSQL
/// database, as two `riktning serve` processes behind a load balancer would run.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const string Measure = "behoriga-till-yrkesprogram";

    private readonly List<IAsyncDisposable> _owned = [];
    private TestDatabase _database = null!;
    private ReplayServer _sources = null!;
    private WebApplicationFactory<Program> _a = null!;
    private WebApplicationFactory<Program> _b = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        _sources = await ReplayServer.StartAsync();
        _a = Instance();
        _b = Instance();
        // One after the other, as a deployment rolls them out: each loads the bundled content on start.
        _ = _a.Server;
        _ = _b.Server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        await _sources.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SignInOnA_CookieAndAntiforgeryTokenFromA_PostAFormOnB()
    {
        var cookies = new CookieContainer();
        using var onA = _a.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = _b.CreateDefaultClient(new CookieContainerHandler(cookies));
        var (_, email, _) = await TestAccounts.CreateAsync(_a, RoleNames.Administrator);
        var signIn = await TestAccounts.PostFormAsync(onA, "/account/login", [new("Input.Email", email), new("Input.Password", TestAccounts.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The form and its token come from A; the post goes to B.
        var token = await TestAccounts.AntiforgeryTokenAsync(onA, "/admin/organisations");
        using var form = new FormUrlEncodedContent([
            new("Input.Key", "instansprov"),
            new("Input.Name", "Instansprovet"),
            new("Input.Country", "SE"),
            new("Input.Kind", OrganisationCsvReader.FormatKind(OrganisationKind.Other)),
            new("__RequestVerificationToken", token),
        ]);
        var posted = await onB.PostAsync("/admin/organisations", form, Cancel);

        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"B answered {(int)posted.StatusCode}");
        await using var db = _database.CreateContext();
        Assert.Equal("Instansprovet", await db.Organisations.Where(o => o.Key == "instansprov").Select(o => o.Name).SingleAsync(Cancel));
    }

    [Fact]
    public async Task ImportThroughA_ShowsInBsCachedApiAnswerWithinTheInterval()
    {
        using var onB = _b.CreateClient();
        var path = $"/api/measures/{Measure}/observations?region=SE-17";
        Assert.DoesNotContain("84.2", await onB.GetStringAsync(path, Cancel), StringComparison.Ordinal);

        await using (var scope = _a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                Measure, new ImportOrigin("test", "N15428", "imported through instance A"), [new ObservationRow("SE-17", "2024", "", 84.2, ValueStatus.Present)], Cancel);
        }

        var watch = Stopwatch.StartNew();
        var answer = "";
        while (watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            answer = await onB.GetStringAsync(path, Cancel);
            if (answer.Contains("84.2", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(50, Cancel);
        }

        Assert.Contains("84.2", answer, StringComparison.Ordinal);
        // Riktning:StoreVersionCheckInterval is one second; the rest is a margin for a loaded test machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"B showed the import after {watch.Elapsed}");
    }

    [Fact]
    public async Task SignOutOnA_EndsTheSameSessionOnB()
    {
        var cookies = new CookieContainer();
        using var onA = _a.CreateDefaultClient(new CookieContainerHandler(cookies));
        var (_, email, _) = await TestAccounts.CreateAsync(_a, RoleNames.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await TestAccounts.PostFormAsync(onA, "/account/login", [new("Input.Email", email), new("Input.Password", TestAccounts.Password)])).StatusCode);
        var session = cookies.GetCookieHeader(onA.BaseAddress!);
        using var onB = _b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(onB, "/admin", session)).StatusCode);

        var logout = await TestAccounts.PostFormAsync(onA, "/", [], "/account/logout");
        var after = await GetWithCookieAsync(onB, "/admin", session);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRefreshersStartedAtOnce_ExactlyOneRuns_AndTheHistoryShowsIt()
    {
        // Every source call waits 100 ms before its 404, so a run over the strategy's measures lasts seconds.
        _sources.UnmatchedDelay = TimeSpan.FromMilliseconds(100);

        var results = await Task.WhenAll(RefreshAsync(_a), RefreshAsync(_b));

        var ran = Assert.Single(results, r => r is not null)!;
        Assert.Single(results, r => r is null);
        Assert.Equal(RefreshRunOutcome.Completed, ran.Run.Outcome);
        Assert.True(ran.Run.Total > 10, $"{ran.Run.Total} measures");
        Assert.Equal(ran.Run.Total, ran.Run.Imported + ran.Run.Failed + ran.Run.Skipped);
        await using (var db = _database.CreateContext())
        {
            var stored = Assert.Single(await db.RefreshRuns.ToListAsync(Cancel));
            Assert.Equal(ran.Run.Id, stored.Id);
            Assert.NotNull(stored.FinishedAtUtc);
        }

        // The lock went with the run: the next one, on the other instance, runs.
        _sources.UnmatchedDelay = TimeSpan.Zero;
        Assert.NotNull(await RefreshAsync(_b));
        var admin = await TestAccounts.SignInAsync(_b, RoleNames.Administrator);
        var page = await admin.Client.GetStringAsync("/admin/refreshes", Cancel);
        Assert.Contains("Uppdateringshistorik", page, StringComparison.Ordinal);
        Assert.Contains(RefreshCoordinator.InstanceName, page, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(page, "<td>Klar</td>"));
    }

    [Fact]
    public async Task DataDeskRefreshOnB_WhileAWholeRefreshRunsOnA_SaysSoAndFetchesNothing_ThenRunsAndIsInTheHistory()
    {
        var analyst = await TestAccounts.SignInAsync(_b, RoleNames.Analyst);
        var desk = $"/data-desk/{Measure}";
        _sources.UnmatchedDelay = TimeSpan.FromMilliseconds(100);
        var whole = RefreshAsync(_a);
        await using (var db = _database.CreateContext())
        {
            var started = Stopwatch.StartNew();
            while (!await db.RefreshRuns.AnyAsync(r => r.Outcome == RefreshRunOutcome.Running, Cancel))
            {
                Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "the whole refresh on A never started");
                await Task.Delay(20, Cancel);
            }
        }

        using var busy = await TestAccounts.PostFormAsync(analyst.Client, desk, [], $"{desk}?handler=Refresh");
        var busyPage = await busy.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        Assert.Contains("En annan uppdatering av statistiken pågår just nu", busyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Hämtat:", busyPage, StringComparison.Ordinal);
        Assert.NotNull(await whole);
        await using (var db = _database.CreateContext())
        {
            Assert.DoesNotContain(await db.RefreshRuns.Select(r => r.Trigger).ToListAsync(Cancel), t => t == RefreshTriggers.DataDesk);
        }

        // With A's run over, the same button runs, as a run of its own in the shared history.
        _sources.UnmatchedDelay = TimeSpan.Zero;
        using var ran = await TestAccounts.PostFormAsync(analyst.Client, desk, [], $"{desk}?handler=Refresh");
        Assert.Contains("Hämtat:", await ran.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using (var db = _database.CreateContext())
        {
            var deskRun = await db.RefreshRuns.SingleAsync(r => r.Trigger == RefreshTriggers.DataDesk, Cancel);
            Assert.Equal(RefreshRunOutcome.Completed, deskRun.Outcome);
            Assert.Equal(1, deskRun.Total);
        }

        var admin = await TestAccounts.SignInAsync(_a, RoleNames.Administrator);
        Assert.Contains("<td>Datadesken</td>", await admin.Client.GetStringAsync("/admin/refreshes", Cancel), StringComparison.Ordinal);
    }

    private static Task<RefreshRunResult?> RefreshAsync(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<RefreshCoordinator>().RunAsync(RefreshTriggers.Command, cancellationToken: Cancel);

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Cancel);
    }

    private WebApplicationFactory<Program> Instance()
    {
        var factory = new RiktningWebFactory(_database);
        var instance = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in ReplaySources.Settings(_sources))
            {
                builder.UseSetting(key, value);
            }
        });
        _owned.Add(factory);
        _owned.Add(instance);
        return instance;
    }
}
