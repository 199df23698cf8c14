using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Riktning.Web.Tests.Browser;

/// <summary>Real headless Chromium on the real pages: screenshots and axe-core (WCAG 2.1 A and AA rules).</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string, string> Pages()
    {
        string[] paths =
        [
            "/", "/focus-areas/hoja-kompetensen", "/goals/god-och-jamlik-halsa", "/indicators/gymnasiebehorighet", "/perspectives", "/about", "/norway", "/revisions",
            "/municipalities", "/municipalities/SE-1780", "/goals/finns-inte", "/goals/hallbar-arbetsmarknad",
            "/indicators/" + ReportSeed.Indicator, "/indicators/" + ReportSeed.Indicator + "?breakdown=sex&compare=SE-01&compare=NO-34",
            "/indicators/" + ReportSeed.Indicator + "?breakdown=municipality-group:skr-2017", "/indicators/" + ReportSeed.Indicator + "?breakdown=birth-country,sex", "/indicators/" + ReportSeed.Indicator + "?view=index",
            "/cooperation/projects", "/cooperation/projects/1", "/cooperation/overview", "/cooperation/agreements", "/cooperation/activities", "/cooperation/knowledge",
            "/plans", "/plans/1", "/interventions", "/interventions/1", "/goal-conflicts", "/account/login",
            "/keys-for-change/vi-samverkar-pa-nya-satt", "/smart-specialisations/digital-halsoinnovation", "/missions/smart-hallbart-energisystem",
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var path in paths)
        {
            foreach (var language in new[] { "sv", "nb", "en" })
            {
                data.Add(path, language, $"{Regex.Replace(path.Trim('/'), "[/?&=]", "-")}-{language}".TrimStart('-'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InChromium_HasNoAxeViolations(string path, string language, string name)
    {
        await using var check = await browser.CheckPageAsync();
        await check.Page.GotoAsync(new Uri(browser.BaseAddress, $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={language}").ToString());

        await Axe.AssertNoViolationsAsync(check.Page, name.Length == 0 ? "start-" + language : name);
    }

    /// <summary>
    /// The check every page test relies on finds what Deque's own RunAxe finds, line for line, on a site page (under its
    /// Content-Security-Policy) given an image without a text alternative and an unlabelled field.
    /// </summary>
    [Fact]
    public async Task Axe_OnAPageWithFaults_FindsWhatRunAxeFinds()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/about?culture=en").ToString());
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.ico\"><input type=\"text\">')");

        var found = await Axe.ViolationsAsync(page, "axe-self-check");
        var deque = Axe.Describe(await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        }));
        await page.CloseAsync();

        Assert.Contains(found, v => v.Contains(" image-alt: ", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains(" label: ", StringComparison.Ordinal));
        Assert.Equal(deque, found);
    }

    [Fact]
    public async Task IndicatorWithData_DrawsChartsFromTheTables()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/indicators/gymnasiebehorighet").ToString());

        await page.WaitForSelectorAsync(".chart[data-chart-for=breakdown-table] svg");
        await page.WaitForSelectorAsync(".chart[data-chart-for=overtime-table] svg");
        var hidden = await page.GetAttributeAsync(".chart", "aria-hidden");
        var barText = await page.TextContentAsync(".chart[data-chart-for=breakdown-table]");
        var lineText = await page.TextContentAsync(".chart[data-chart-for=overtime-table]");
        var tableValues = await page.Locator("#breakdown-table td[data-value]:not([data-value=''])").CountAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("indicator-chart"), FullPage = true });

        Assert.Equal("true", hidden);
        Assert.Equal(1, tableValues);
        Assert.Contains("Karlstad", barText, StringComparison.Ordinal);
        Assert.Contains("Värmlands län", lineText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAndIndicator_KeyboardAndLanguageSwitch_Work()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress.ToString());

        await page.Keyboard.PressAsync("Tab");
        var firstFocus = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        await page.ClickAsync("text=Höja kompetensen");
        await page.ClickAsync("text=Gymnasiebehörighet");
        var swedishHeading = await page.TextContentAsync("h1");
        await page.ClickAsync("a[hreflang=en]");
        var englishHeading = await page.TextContentAsync("h1");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("indicator-gymnasiebehorighet-after-switch"), FullPage = true });

        Assert.Equal("Hoppa till innehållet", firstFocus);
        Assert.Equal("Gymnasiebehörighet", swedishHeading);
        Assert.Equal("Eligibility for upper secondary school", englishHeading);
        Assert.EndsWith("/indicators/gymnasiebehorighet", page.Url, StringComparison.Ordinal);
    }
}
