using System.Globalization;
using Microsoft.Playwright;

namespace Riktning.Bench;

/// <summary>
/// Render time of a page in headless Chromium (Debian's, through Playwright; its own browser download is never used):
/// each run is a first visit in a fresh browser context, so the HTML, CSS and the chart bundle all come over the wire
/// and charts.js is parsed and run again. Times come from the page's own clock (Navigation Timing and
/// <c>performance.now()</c>, both from navigation start), not from Playwright's round trips.
/// </summary>
internal static class PageRender
{
    public const string ChromiumVariable = "RIKTNING_BENCH_CHROMIUM";

    private const int Runs = 7;

    /// <summary>Notes the moment the chart's SVG is in the document; installed before any of the page's scripts run.</summary>
    private const string ChartWatch = """
        window.__chartAt = null;
        new MutationObserver((_, observer) => {
          if (window.__chartAt === null && document.querySelector('.chart svg')) {
            window.__chartAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
        """;

    /// <summary>The median load and chart times over <see cref="Runs"/> visits after one untimed visit; null without Chromium.</summary>
    public static async Task<RenderTime?> MeasureAsync(Uri page)
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Say($"Render time not measured: no Chromium at {chromium} (apt-get install -y chromium, or set {ChromiumVariable})");
            return null;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        Say($"Render time of {page.AbsolutePath} in headless Chromium ({Runs} first visits after one untimed):");
        await VisitAsync(browser, page);
        var loads = new List<double>();
        var charts = new List<double>();
        for (var run = 1; run <= Runs; run++)
        {
            var (firstByte, load, chart) = await VisitAsync(browser, page);
            loads.Add(load);
            charts.Add(chart);
            Say($"  run {run}: first byte {firstByte:F0} ms, chart SVG {chart:F0} ms, load event {load:F0} ms");
        }

        return new RenderTime(Median(loads), Median(charts), Runs);
    }

    private static async Task<(double FirstByte, double Load, double Chart)> VisitAsync(IBrowser browser, Uri url)
    {
        // A fresh context has an empty HTTP cache: every visit is a first visit.
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(ChartWatch);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"{url} answered {response?.Status}");
        }

        await page.WaitForFunctionAsync("window.__chartAt !== null", null, new() { Timeout = 10_000 });
        // The first byte separates the server's work on the page from the browser's (style, charts.js, layout).
        var firstByte = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].responseStart");
        var load = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd");
        var chart = await page.EvaluateAsync<double>("window.__chartAt");
        return (firstByte, load, chart);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));
}
