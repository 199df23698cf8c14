using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// Prints HTML to a tagged PDF with headless Chromium through Playwright: headings become the PDF's structure and
/// outline, the inline SVG charts stay vector, and the footer numbers the pages. One Chromium per print, one print at a
/// time: an analysis is printed seldom, and a browser kept running would hold its memory for nothing.
/// </summary>
public sealed partial class AnalysisPdfPrinter(IOptions<PdfOptions> options, ILogger<AnalysisPdfPrinter> logger) : IDisposable
{
    // Flags for a server: no sandbox (containers rarely allow it), no GPU, and nothing that phones home.
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="footer"/> goes before the page number ("Page 3 of 40").</summary>
    public async Task<byte[]> PrintAsync(string html, string footer, string pageOf, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        await _one.WaitAsync(timeout.Token);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.Value.ChromiumPath,
                Args = Arguments,
                Headless = true,
                Timeout = (float)options.Value.Timeout.TotalMilliseconds,
            });
            timeout.Token.ThrowIfCancellationRequested();
            var page = await browser.NewPageAsync();
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load, Timeout = (float)options.Value.Timeout.TotalMilliseconds });
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            timeout.Token.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new()
            {
                Format = "A4",
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = $"<div style=\"font-size:8pt;width:100%;text-align:center;color:#333\">{System.Net.WebUtility.HtmlEncode(footer)} · {System.Net.WebUtility.HtmlEncode(pageOf).Replace("{0}", "<span class=\"pageNumber\"></span>", StringComparison.Ordinal).Replace("{1}", "<span class=\"totalPages\"></span>", StringComparison.Ordinal)}</div>",
                Margin = new() { Top = "16mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
            });
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            Log.Printed(logger, pdf.Length, seconds);
            return pdf;
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Printed an analysis PDF of {Bytes} bytes in {Seconds:0.0} s")]
        public static partial void Printed(ILogger logger, int bytes, double seconds);
    }
}
