using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// Prints HTML to a tagged PDF with headless Chromium through Playwright: headings become the PDF's structure and
/// outline, the inline SVG charts stay vector, and the footer numbers the pages. One Chromium for the application's
/// lifetime, started at the first print (starting it took seconds of every print on a loaded machine), disposed with the
/// host, and started again when it has died or a print failed; each print gets its own browser context, so nothing of
/// one print is left for the next. One print at a time: a print is heavy and seldom.
/// </summary>
public sealed partial class AnalysisPdfPrinter(IOptions<PdfOptions> options, ILogger<AnalysisPdfPrinter> logger) : IAsyncDisposable, IDisposable
{
    // Flags for a server: no sandbox (containers rarely allow it), no GPU, and nothing that phones home.
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly SemaphoreSlim _one = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="footer"/> goes before the page number ("Page 3 of 40").</summary>
    public async Task<byte[]> PrintAsync(string html, string footer, string pageOf, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        await _one.WaitAsync(timeout.Token);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var browser = await BrowserAsync();
            timeout.Token.ThrowIfCancellationRequested();
            try
            {
                await using var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
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
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or OperationCanceledException)
            {
                // A print that failed or was given up may have left Chromium hung or half-dead: the next print starts a new one.
                var error = ex.GetType().Name;
                Log.Restarting(logger, error);
                await CloseBrowserAsync();
                throw;
            }
        }
        finally
        {
            _one.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _one.WaitAsync();
        try
        {
            _disposed = true;
            await CloseBrowserAsync();
        }
        finally
        {
            _one.Release();
        }

        _one.Dispose();
    }

    /// <summary>For a container disposed synchronously: closes Chromium all the same.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The running Chromium, started now when there is none or it has died (called under the semaphore).</summary>
    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await CloseBrowserAsync();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = options.Value.ChromiumPath,
            Args = Arguments,
            Headless = true,
            Timeout = (float)options.Value.Timeout.TotalMilliseconds,
        });
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        Log.Started(logger, seconds);
        return _browser;
    }

    private async Task CloseBrowserAsync()
    {
        if (_browser is { } browser)
        {
            _browser = null;
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone: the driver's connection is what is left to end.
            }
        }

        _playwright?.Dispose();
        _playwright = null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Printed an analysis PDF of {Bytes} bytes in {Seconds:0.0} s")]
        public static partial void Printed(ILogger logger, int bytes, double seconds);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Started Chromium for PDF printing in {Seconds:0.0} s")]
        public static partial void Started(ILogger logger, double seconds);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A PDF print failed ({Error}); Chromium is closed and started again for the next print")]
        public static partial void Restarting(ILogger logger, string error);
    }
}
