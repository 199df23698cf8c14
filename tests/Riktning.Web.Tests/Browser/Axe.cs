using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Riktning.Web.Tests.Browser;

/// <summary>The one way the browser tests check a page with axe-core: the WCAG 2.1 A and AA rules.</summary>
public static class Axe
{
    /// <summary>Exactly what the site claims: WCAG 2.1 level A and AA.</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// axe-core as bundled with Deque.AxeCore (the same version <c>RunAxe</c> injects), as the body of a function
    /// Playwright evaluates: through the DevTools protocol, so the site's Content-Security-Policy does not stop it.
    /// </summary>
    private static readonly Lazy<string> Inject = new(() => $"() => {new BundledAxeScriptProvider().GetScript()}");

    /// <summary>
    /// Runs the rules in the page and hands back only the violations (the passes, with their HTML, are never wanted):
    /// one evaluation instead of Deque's partial run, which injects axe-core a second time into a new blank page and
    /// context to combine the results of the frames. Our pages have no frames; a page with one goes through RunAxe.
    /// </summary>
    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return { violations: result.violations, url: result.url, testEngine: result.testEngine };
        }
        """;

    /// <summary>
    /// The page's violations, one readable line each. A full-page screenshot is taken only when there are some
    /// (named <paramref name="screenshot"/>, under artifacts/screenshots): rendering and encoding every page as PNG
    /// cost more than a second each and no test reads them.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string screenshot)
    {
        AxeResult result;
        if (page.Frames.Count > 1)
        {
            result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            });
        }
        else
        {
            if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await page.EvaluateAsync(Inject.Value);
            }

            var json = await page.EvaluateAsync<JsonElement>(Run, Tags);
            result = new AxeResult(JObject.Parse(json.GetRawText()));
        }

        var violations = Describe(result);
        if (violations.Count > 0)
        {
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath(screenshot), FullPage = true });
        }

        return violations;
    }

    /// <summary>The violations of an axe-core result, one readable line each: rule, help, and each element with its messages.</summary>
    public static List<string> Describe(AxeResult result) =>
        result.Violations
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => $"{n.Target} {string.Join("; ", n.Any.Concat(n.All).Select(c => c.Message))}"))})")
            .ToList();

    /// <summary>Fails the test with every violation listed when axe-core finds any.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string screenshot)
    {
        var violations = await ViolationsAsync(page, screenshot);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
