using System.Text.RegularExpressions;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The signed-in pages in real Chromium, checked by axe-core (WCAG 2.1 A and AA) in every language: the admin pages,
/// the edit, delete and import forms, and each form again after an invalid submission, with its error summary and
/// field errors showing.
/// </summary>
public sealed class SignedInAccessibilityTests(SignedInBrowserFixture browser) : IClassFixture<SignedInBrowserFixture>
{
    private static readonly string[] Languages = ["sv", "nb", "en"];

    public static TheoryData<string, string> Pages() => Each(
    [
        "/admin", "/admin/users", "/admin/organisations", "/admin/audit", "/admin/municipality-groups",
        "/plans", "/plans/edit", "/plans/edit/1", "/plans/delete/1",
        "/interventions", "/interventions/edit", "/interventions/edit/1", "/interventions/delete/1", "/interventions/import",
        "/cooperation/projects", "/cooperation/projects/new", "/cooperation/projects/1/edit", "/cooperation/projects/1/delete", "/cooperation/projects/import",
        "/cooperation/agreements/new", "/cooperation/activities/new", "/cooperation/knowledge/new",
        "/cycles", "/cycles/2026", "/cycles/2026/call", "/cycles/2026/call/answer/arvika-kommun", "/cycles/edit", "/cycles/2026/call/edit",
        "/cycles/2026/meetings/edit/2", "/cycles/2026/meetings/2/documents", "/cycles/2026/meetings/2/outcomes/edit", "/plans/1/targets",
        "/data-desk", "/data-desk/folkmangd-20-64",
    ]);

    /// <summary>Forms that, submitted empty, show their error summary (and, except the imports, errors at the fields).</summary>
    public static TheoryData<string, string> Forms() => Each(
    [
        "/admin/users", "/admin/organisations", "/admin/municipality-groups", "/plans/edit", "/interventions/edit", "/interventions/import",
        "/cooperation/projects/new", "/cooperation/agreements/new", "/cooperation/activities/new", "/cooperation/knowledge/new", "/cooperation/projects/import",
        "/cycles/edit", "/cycles/2026/meetings/edit", "/cycles/2026/meetings/2/outcomes/edit", "/cycles/2026/meetings/2/documents", "/plans/1/targets",
        "/data-desk/samverkansformer-ej-valt",
    ]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task SignedInPage_InChromium_HasNoAxeViolations(string path, string language)
    {
        await using var check = await OpenAsync(path, language);

        var violations = await Axe.ViolationsAsync(check.Page, Name("signed-in", path, language));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task FormWithErrors_InChromium_HasNoAxeViolations(string path, string language)
    {
        await using var check = await OpenAsync(path, language);
        var page = check.Page;

        await page.Locator("main form[method=post] button[type=submit]").Last.ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        // Autofocus is applied once the document has been parsed, a moment after the summary is first there.
        await WaitForFocusAsync(page, "error-summary");
        var focused = await page.EvaluateAsync<string?>("document.activeElement?.className");
        var summaryLinks = await page.Locator(".error-summary a[href^='#']").CountAsync();
        var invalidFields = await page.Locator("[aria-invalid=true]").CountAsync();
        var violations = await Axe.ViolationsAsync(page, Name("errors", path, language));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        // The summary takes the focus, so that a screen reader reads it and the keyboard starts from it.
        Assert.Equal("error-summary", focused);
        if (!path.EndsWith("/import", StringComparison.Ordinal))
        {
            Assert.InRange(summaryLinks, 1, 100);
            Assert.InRange(invalidFields, 1, 100);
        }
    }

    /// <summary>Waits up to five seconds for the focus to reach an element of <paramref name="className"/>; the caller asserts.</summary>
    private static async Task WaitForFocusAsync(Microsoft.Playwright.IPage page, string className)
    {
        try
        {
            await page.WaitForFunctionAsync("name => document.activeElement?.className === name", className, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // The assertion that follows says what has the focus instead.
        }
    }

    private static TheoryData<string, string> Each(string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            foreach (var language in Languages)
            {
                data.Add(path, language);
            }
        }

        return data;
    }

    private static string Name(string kind, string path, string language) => $"{kind}-{Regex.Replace(path.Trim('/'), "[/?&=]", "-")}-{language}";

    /// <summary>The signed-in check page, at the path in the language; hand it on by disposing it.</summary>
    private async Task<CheckPage> OpenAsync(string path, string language)
    {
        var check = await browser.CheckPageAsync();
        try
        {
            var response = await check.Page.GotoAsync(new Uri(browser.BaseAddress, $"{path}?culture={language}").ToString());
            Assert.Equal(200, response?.Status);
            Assert.Contains(path.Split('/')[1], check.Page.Url, StringComparison.Ordinal);
            return check;
        }
        catch
        {
            await check.DisposeAsync();
            throw;
        }
    }
}
