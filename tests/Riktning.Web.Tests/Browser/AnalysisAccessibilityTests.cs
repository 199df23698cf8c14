using Microsoft.Extensions.DependencyInjection;
using Riktning.SituationAnalysis;
using Riktning.Testing;
using Riktning.Web.Tests.Reviews;
using Riktning.Web.Tests.SituationAnalysis;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The situation analysis pages in real Chromium with axe-core (WCAG 2.1 A and AA) in every language, signed in as an
/// administrator: the list, a published analysis with revised figures, one comparing a count per 1 000 inhabitants, a draft, its commentary form, the new-analysis
/// form and that form with its error summary; and, sharing the same browser and site, the review period's pages: the
/// list, an open review's workspace, the new-review and proposal forms with their errors, and two revisions compared.
/// </summary>
public sealed class AnalysisAccessibilityTests(SignedInBrowserFixture browser) : IClassFixture<SignedInBrowserFixture>
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static (SignedInBrowserFixture Site, int Published, int Draft, int Review, int Count)? _seeded;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "published", "published-count", "draft", "edit", "new", "new-errors", "reviews", "review", "review-new-errors", "proposal-errors", "compare" })
        {
            foreach (var language in new[] { "sv", "nb", "en" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AnalysisPage_InChromium_HasNoAxeViolations(string kind, string language)
    {
        var (published, draft, review, count) = await SeedAsync();
        var path = kind switch
        {
            "reviews" => "/reviews",
            "review" => $"/reviews/{review}",
            "review-new-errors" => "/reviews/new",
            "proposal-errors" => $"/reviews/{review}/proposals/new",
            "compare" => "/revisions/compare",
            "list" => "/analysis",
            "published" => $"/analysis/{published}",
            "published-count" => $"/analysis/{count}",
            "draft" => $"/analysis/{draft}",
            "edit" => $"/analysis/{draft}/edit",
            _ => "/analysis/new",
        };
        await using var check = await browser.CheckPageAsync();
        var page = check.Page;
        var response = await page.GotoAsync(new Uri(browser.BaseAddress, $"{path}?culture={language}").ToString());
        Assert.Equal(200, response?.Status);
        if (kind == "new-errors")
        {
            await page.FillAsync("#Input_Year", "tjugo");
            await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
            await page.WaitForSelectorAsync(".error-summary");
        }
        else if (kind is "review-new-errors" or "proposal-errors")
        {
            await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
            await page.WaitForSelectorAsync(".error-summary");
        }

        await Axe.AssertNoViolationsAsync(page, $"analysis-{kind}-{language}");
        if (kind == "published")
        {
            Assert.Equal(1, await page.Locator("#revised-heading").CountAsync());
            Assert.True(await page.Locator("figure.analysis-chart svg").CountAsync() > 0);
        }

        if (kind == "published-count")
        {
            Assert.Equal(1, await page.Locator("table.analysis-status small.basis").CountAsync());
        }
    }

    private async Task<(int Published, int Draft, int Review, int Count)> SeedAsync()
    {
        await Seeding.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_seeded is not { } seeded || !ReferenceEquals(seeded.Site, browser))
            {
                var published = await AnalysisSite.PublishedFixtureAsync(browser.Factory.Services);
                var draft = await AnalysisSite.CreateAsync(browser.Factory.Services, AnalysisStatus.Draft);
                var review = await ReviewSeed.BrowserAsync(browser.Factory.Services);
                int count;
                await using (var scope = browser.Factory.Services.CreateAsyncScope())
                {
                    await CountAnalysisFixture.SeedAsync(scope.ServiceProvider);
                    var analyses = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
                    count = (await analyses.CreateAsync(CountAnalysisFixture.StrategyId, CountAnalysisFixture.Year)).Analysis!.Id;
                    await analyses.MoveAsync(count, AnalysisStatus.Review);
                    await analyses.MoveAsync(count, AnalysisStatus.Published);
                }

                _seeded = seeded = (browser, published, draft, review, count);
            }

            return (seeded.Published, seeded.Draft, seeded.Review, seeded.Count);
        }
        finally
        {
            Seeding.Release();
        }
    }
}
