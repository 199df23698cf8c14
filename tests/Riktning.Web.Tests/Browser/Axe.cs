using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Riktning.Web.Tests.Browser;

/// <summary>The one way the browser tests check a page with axe-core: the WCAG 2.1 A and AA rules.</summary>
public static class Axe
{
    /// <summary>
    /// The page's violations, one readable line each. A full-page screenshot is taken only when there are some
    /// (named <paramref name="screenshot"/>, under artifacts/screenshots): rendering and encoding every page as PNG
    /// cost more than a second each and no test reads them.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string screenshot)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => $"{n.Target} {string.Join("; ", n.Any.Concat(n.All).Select(c => c.Message))}"))})")
            .ToList();
        if (violations.Count > 0)
        {
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath(screenshot), FullPage = true });
        }

        return violations;
    }

    /// <summary>Fails the test with every violation listed when axe-core finds any.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string screenshot)
    {
        var violations = await ViolationsAsync(page, screenshot);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
