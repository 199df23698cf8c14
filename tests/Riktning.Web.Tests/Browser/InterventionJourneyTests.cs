using Riktning.Accounts;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Browser;

/// <summary>End to end in headless Chromium: an editor registers an intervention; the public sees it after sign-out.</summary>
public sealed class InterventionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_RegistersMixedIntervention_PublicSeesItOnGoalAndGoalConflicts()
    {
        var (_, email, _) = await TestAccounts.CreateAsync(browser.Factory, RoleNames.Editor, "arvika-kommun");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        string Url(string path) => new Uri(browser.BaseAddress, path).ToString();

        await page.GotoAsync(Url("/account/login"));
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", TestAccounts.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".account-nav form");

        await page.GotoAsync(Url("/interventions/edit"));
        var formAxe = await Axe.ViolationsAsync(page, "intervention-form-axe");
        await page.FillAsync("#Input_Key", "arvika-cykelpendling");
        await page.FillAsync("#Input_Name", "Cykelpendling i Arvika");
        await page.FillAsync("#Input_StartDate", "2026-03-01");
        await page.FillAsync("#Input_EndDate", "2027-02-28");
        await page.SelectOptionAsync("#Input_Status", "ongoing");
        await page.FillAsync("#Input_Budget", "250000");
        await page.FillAsync("[id='Input_Financing_regional_']", "250000");
        await page.CheckAsync("[id='Input_Goals-god-och-jamlik-halsa']");
        await page.CheckAsync("[id='Input_Assessments_klimat-och-miljofragor_-positive']");
        await page.FillAsync("[id='Input_Motivations_klimat-och-miljofragor_']", "Färre bilresor.");
        await page.CheckAsync("[id='Input_Assessments_landsbygder-och-stader_-negative']");
        await page.FillAsync("[id='Input_Motivations_landsbygder-och-stader_']", "Gynnar tätorten mer än landsbygden.");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("intervention-form"), FullPage = true });
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/interventions/\\d+$"));
        var details = await page.TextContentAsync("main") ?? "";

        await page.ClickAsync(".account-nav button[type=submit]");
        await page.WaitForSelectorAsync(".account-nav a[href='/account/login']");
        await page.GotoAsync(Url("/goals/god-och-jamlik-halsa"));
        var goal = await page.TextContentAsync("main") ?? "";
        await page.GotoAsync(Url("/goal-conflicts"));
        var conflicts = await page.TextContentAsync("main") ?? "";
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("goal-conflicts-after-journey"), FullPage = true });
        await page.CloseAsync();

        Assert.Empty(formAxe);
        Assert.Contains("Färre bilresor.", details, StringComparison.Ordinal);
        Assert.Contains("Cykelpendling i Arvika", goal, StringComparison.Ordinal);
        Assert.Contains("Cykelpendling i Arvika", conflicts, StringComparison.Ordinal);
        Assert.Contains("Landsbygder och städer i ett samspel", conflicts, StringComparison.Ordinal);
    }
}
