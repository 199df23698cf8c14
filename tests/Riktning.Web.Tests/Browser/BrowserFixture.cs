using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Plans;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The site on a real Kestrel port (SQLite) and Debian's Chromium driven by Playwright. Playwright's own
/// browser download is never used: RIKTNING_TEST_CHROMIUM (default /usr/bin/chromium) names the browser.
/// The indicator report's figures (<see cref="ReportSeed"/>) are imported; a derived fixture adds municipal boundaries.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _checkPageTurn = new(1, 1);
    private TestDatabase? _database;
    private RiktningWebFactory? _factory;
    private IPlaywright? _playwright;
    private IPage? _checkPage;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Whether the site has municipal boundaries, and so draws a choropleth instead of the tile map.</summary>
    protected virtual bool WithBoundaries => false;

    /// <summary>The running site, e.g. for creating accounts with <see cref="Accounts.TestAccounts"/>.</summary>
    public RiktningWebFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public virtual async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _factory = new RiktningWebFactory(_database);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        // One indicator with figures, so that the data table and value statuses are checked too.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            ObservationRow[] rows =
            [
                new("SE-17", "2024", "", 84.2, ValueStatus.Present),
                new("SE-1780", "2024", "", 86.9, ValueStatus.Present, ObservationFlags.Provisional),
                new("SE-1782", "2024", "", null, ValueStatus.Missing),
            ];
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                .ImportAsync("behoriga-till-yrkesprogram", new ImportOrigin("test", "N15428", "rows typed in the browser fixture"), rows);

            // Generated, labelled example projects, so the registry's list, detail and overview pages have content to check.
            var registry = scope.ServiceProvider.GetRequiredService<Riktning.CrossBorder.CrossBorderRegistry>();
            await scope.ServiceProvider.GetRequiredService<Riktning.CrossBorder.ProjectImporter>()
                .ImportAsync(Riktning.CrossBorder.SampleProjects.Create(await registry.ReferencesAsync()));
            // A plan and an intervention with mixed effects, so that their pages and the goal-conflict view have tables.
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            var owner = await db.Organisations.Where(o => o.Key == "arvika-kommun").Select(o => o.Id).SingleAsync();
            var plan = new Plan { OrganisationId = owner, Name = "Handlingsplan för hälsa", StartYear = 2025, EndYear = 2028, GoalIds = ["god-och-jamlik-halsa"] };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            db.Interventions.Add(new Intervention
            {
                Key = "fixture-halsolyft",
                Name = "Hälsolyft i Arvika",
                OrganisationId = owner,
                PlanId = plan.Id,
                StartDate = new DateOnly(2026, 1, 1),
                EndDate = new DateOnly(2027, 12, 31),
                Status = InterventionStatus.Ongoing,
                Budget = 500_000,
                Financing = [new Financing(FinancingSource.Regional, 300_000), new Financing(FinancingSource.Own, 200_000)],
                GoalIds = ["god-och-jamlik-halsa"],
                IndicatorIds = ["halsa-och-valbefinnande"],
                CurrentState = "Ohälsan ökar bland unga.",
                Activities = "Träffar och kurser.",
                Perspectives =
                [
                    new PerspectiveAssessment("barn-och-unga", PerspectiveEffect.Positive, "Riktar sig till unga."),
                    new PerspectiveAssessment("klimat-och-miljofragor", PerspectiveEffect.Negative, "Fler resor."),
                ],
            });
            await db.SaveChangesAsync();
        }

        await Cycles.CycleBrowserSeed.SeedAsync(_factory.Services);
        await ReportSeed.ImportAsync(_factory.Services, WithBoundaries);

        var chromium = Environment.GetEnvironmentVariable("RIKTNING_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Run the tests with scripts/test, which installs it, or set RIKTNING_TEST_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// The fixture's one page for the axe checks, taken by one test at a time (dispose the lease to hand it on) and
    /// navigated from check to check. A new page for every check (and a new context) started a new renderer, which
    /// parsed and compiled axe-core's half megabyte afresh: about three times the cost of the check itself. The kept
    /// renderer compiles it once. The context has no culture cookie (the checks choose the language with ?culture=)
    /// and, in <see cref="SignedInBrowserFixture"/>, the signed-in session.
    /// </summary>
    public async Task<CheckPage> CheckPageAsync()
    {
        await _checkPageTurn.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_checkPage is null || _checkPage.IsClosed)
            {
                var context = await Browser.NewContextAsync(CheckContextOptions());
                _checkPage = await context.NewPageAsync();
            }

            return new CheckPage(_checkPage, _checkPageTurn);
        }
        catch
        {
            _checkPageTurn.Release();
            throw;
        }
    }

    /// <summary>The options of the context <see cref="CheckPageAsync"/> opens its page in.</summary>
    protected virtual BrowserNewContextOptions CheckContextOptions() => new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        _checkPageTurn.Dispose();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The lease of <see cref="BrowserFixture.CheckPageAsync"/>: the page, handed on to the next test when disposed.</summary>
public sealed class CheckPage(IPage page, SemaphoreSlim turn) : IAsyncDisposable
{
    public IPage Page => page;

    public ValueTask DisposeAsync()
    {
        turn.Release();
        return ValueTask.CompletedTask;
    }
}
