using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Riktning.Bench;

/// <summary>
/// The <c>web</c> verb: a SQLite store with millions of observations, Riktning (Release) serving one report-page
/// observations query, nginx serving the same bytes as a static file, both under <c>wrk</c> in the same run; then the
/// transferred weight of an indicator page with data and its render time in headless Chromium.
/// </summary>
internal static partial class WebBenchmark
{
    private const string IndicatorPage = "/indicators/gymnasiebehorighet";
    private const double RatioTarget = 0.5;
    private const double P99Target = 25;
    private const double PageRatioTarget = 0.25;
    private const double PageP99Target = 100;
    private const int PageConnections = 32;
    // Issue 13: an indicator page with its chart and municipality map, everything a first visit loads, compressed.
    private const double PageTargetKilobytes = 150;
    private const double RenderTargetMilliseconds = 1000;
    private const int MixConnections = 8;
    private const double MixP99Target = 100;
    private const double RssTargetMegabytes = 400;
    private const string WarmUpDuration = "10s";
    private const string WrkDuration = "15s";

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var root = RepositoryRoot.Find();
        var cache = Path.Combine(Path.GetTempPath(), "riktning-bench-web");
        Directory.CreateDirectory(cache);
        var database = Path.Combine(cache, string.Create(CultureInfo.InvariantCulture, $"riktning-{arguments.Values}.db"));
        if (arguments.Keep && File.Exists(database))
        {
            Say($"Reusing {database}");
        }
        else
        {
            DeleteDatabase(database);
            var watch = Stopwatch.StartNew();
            var stored = await WebStore.BuildAsync(root, database, arguments.Values);
            Say($"Built {database}: {stored:N0} observations in {watch.Elapsed.TotalSeconds:F0} s");
        }

        var work = Directory.CreateTempSubdirectory("riktning-bench-nginx-").FullName;
        try
        {
            Say($"Building Riktning.Web (Release)");
            var build = await ChildProcess.RunAsync("dotnet", ["build", "-c", "Release", Path.Combine(root, "src", "Riktning.Web"), "--nologo", "-v", "q"]);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build failed:\n{build.Output}\n{build.Error}");
            }

            var appPort = FreePort();
            var nginxPort = FreePort();
            var path = ObservationsPath(root);
            await using var app = BackgroundProcess.Start(
                "dotnet",
                [Path.Combine(root, "src", "Riktning.Web", "bin", "Release", "net10.0", "riktning.dll"), "serve", "--urls", $"http://127.0.0.1:{appPort}"],
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["Riktning__Database__Provider"] = "Sqlite",
                    ["ConnectionStrings__Riktning"] = $"Data Source={database}",
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Logging__LogLevel__Default"] = "Warning",
                    // wrk is one client address: the per-client API limit would measure the limiter, not the API.
                    ["Riktning__Limits__ApiRequestsPerMinute"] = "100000000",
                    // As the README says to run the server: glibc's malloc with two arenas instead of eight per core
                    // (16-19 MB less resident memory after start; bench/README.md, "Memory").
                    ["MALLOC_ARENA_MAX"] = "2",
                },
                // The content root, where wwwroot is: a Release build does not copy it next to the dll.
                Path.Combine(root, "src", "Riktning.Web"));
            using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(120) };
            var appBase = new Uri($"http://127.0.0.1:{appPort}");
            await WaitUntilUpAsync(http, new Uri(appBase, "/api/strategy"), app);
            // Riktning builds the data status once it is up (seconds on this store, in the background); the start page waits
            // for it, so that no measurement below shares the CPU with that build.
            await http.GetByteArrayAsync(new Uri(appBase, "/"));

            var watch = Stopwatch.StartNew();
            var body = await http.GetByteArrayAsync(new Uri(appBase, path));
            Say($"Query: GET {path}");
            Say($"  {body.Length:N0} bytes, first answer in {watch.Elapsed.TotalMilliseconds:F0} ms");
            // The indicator page with the municipality breakdown and its map (the page's default), as nginx will serve it.
            var pageBody = await http.GetByteArrayAsync(new Uri(appBase, IndicatorPage));
            await using var nginx = await StartNginxAsync(http, work, nginxPort, new() { ["observations.json"] = body, ["indicator.html"] = pageBody });
            var nginxUrl = new Uri($"http://127.0.0.1:{nginxPort}/observations.json");

            // Warm-up runs, so that JIT tiering and SQLite's page cache are not part of the measurement. On a loaded
            // 2-core machine the JIT's background tier-up of the request path took 20-30 s of load; after 3 s the CPU
            // time per request was still 2-4× the steady state.
            // The API and page runs take about 95 s, the miss mix about 21 s: the GC counters are read for a little longer.
            var ((riktning, reference, pageRiktning, pageReference), pagesMemory) = await ServerMemory.MeasureAsync(app.Id, 100, async () =>
            {
                await WrkAsync(new Uri(appBase, path), WarmUpDuration);
                await WrkAsync(nginxUrl, WarmUpDuration);
                var riktning = await WrkAsync(new Uri(appBase, path), WrkDuration);
                var reference = await WrkAsync(nginxUrl, WrkDuration);
                var nginxPage = new Uri($"http://127.0.0.1:{nginxPort}/indicator.html");
                await WrkAsync(new Uri(appBase, IndicatorPage), WarmUpDuration, PageConnections);
                var pageRiktning = await WrkAsync(new Uri(appBase, IndicatorPage), WrkDuration, PageConnections);
                var pageReference = await WrkAsync(nginxPage, WrkDuration, PageConnections);
                return (riktning, reference, pageRiktning, pageReference);
            });
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var peakAfterPages = PeakMemory.PeakKilobytes(app.Id) / 1024.0;
            // Cache-missing: every request a selection not asked for before in this run (measure, regions and periods
            // varied), so each is read from the store, serialised and compressed.
            var (mix, mixMemory) = await ServerMemory.MeasureAsync(app.Id, 24, () => MissMixAsync(work, root, appBase));
            var mixLoad = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var peakAfterMix = PeakMemory.PeakKilobytes(app.Id) / 1024.0;
            var page = await PageWeightAsync(http, appBase);
            var render = await PageRender.MeasureAsync(new Uri(appBase, IndicatorPage));
            Say($"First byte at steady state and on the first request after an import by another process:");
            var firsts = await FirstRequests.MeasureAsync(http, appBase, database, [IndicatorPage + "?culture=en", "/?culture=en"]);

            var ratio = riktning.RequestsPerSecond / reference.RequestsPerSecond;
            Console.WriteLine();
            Console.WriteLine($"wrk -t2 -c64 -d{WrkDuration} --latency, the same {body.Length:N0}-byte answer from both:");
            Console.WriteLine("figure                    |     value | target    | result");
            Console.WriteLine("--------------------------+-----------+-----------+-------");
            Row("Riktning requests/s", riktning.RequestsPerSecond, "F0", "", riktning.Non2xx == 0);
            Row("nginx requests/s", reference.RequestsPerSecond, "F0", "", reference.Non2xx == 0);
            Row("ratio Riktning / nginx", ratio, "F3", $"≥ {RatioTarget:F1}", ratio >= RatioTarget);
            // Requests that time out (wrk's default 2 s) are not in wrk's latency distribution, so any timeout fails the target.
            Row("Riktning p99 ms", riktning.P99Milliseconds, "F2", $"< {P99Target:F0} ms", riktning.P99Milliseconds < P99Target && riktning.Timeouts == 0);
            Row("Riktning timeouts", riktning.Timeouts, "F0", "", true);
            Row("nginx p99 ms", reference.P99Milliseconds, "F2", "", true);
            Row($"page c{PageConnections} Riktning rps", pageRiktning.RequestsPerSecond, "F0", "", pageRiktning.Non2xx == 0);
            Row($"page c{PageConnections} nginx rps", pageReference.RequestsPerSecond, "F0", "", pageReference.Non2xx == 0);
            var pageRatio = pageRiktning.RequestsPerSecond / pageReference.RequestsPerSecond;
            Row("page ratio", pageRatio, "F3", $"≥ {PageRatioTarget:F2}", pageRatio >= PageRatioTarget);
            Row("page p99 ms", pageRiktning.P99Milliseconds, "F2", $"< {PageP99Target:F0} ms", pageRiktning.P99Milliseconds < PageP99Target && pageRiktning.Timeouts == 0);
            Row("page nginx p99 ms", pageReference.P99Milliseconds, "F2", "", true);
            Console.WriteLine($"page: {pageBody.Length:N0} bytes of HTML; load average at the page runs: {load}");
            Row($"miss mix c{MixConnections} rps", mix.RequestsPerSecond, "F0", "", mix.Non2xx == 0);
            Row("miss mix p99 ms", mix.P99Milliseconds, "F2", $"< {MixP99Target:F0} ms", mix.P99Milliseconds < MixP99Target && mix.Timeouts == 0);
            Console.WriteLine($"miss mix: {mix.Requests:N0} requests, each a different selection, {mix.Non2xx} non-2xx, {mix.Timeouts} timeouts; load average: {mixLoad}");
            Row("server peak RSS MB", peakAfterPages, "F0", $"< {RssTargetMegabytes:F0} MB", peakAfterPages is > 0 and < RssTargetMegabytes);
            Row("  after the miss mix", peakAfterMix, "F0", $"< {RssTargetMegabytes:F0} MB", peakAfterMix is > 0 and < RssTargetMegabytes);
            Console.WriteLine($"memory at the peak of the API and page runs: {pagesMemory}");
            Console.WriteLine($"memory at the peak of the miss mix: {mixMemory}");
            Row("indicator page KB (gzip)", page.Total, "F1", $"≤ {PageTargetKilobytes:F0} KB", page.Total <= PageTargetKilobytes);
            Row("  of it charts.js+css KB", page.Charts, "F1", "", true);
            if (render is null)
            {
                Console.WriteLine($"{"indicator render ms",-25} | {"-",9} | < {RenderTargetMilliseconds:F0} ms | FAIL (not measured)");
            }
            else
            {
                Row("indicator load event ms", render.LoadMilliseconds, "F0", $"< {RenderTargetMilliseconds:F0} ms", render.LoadMilliseconds < RenderTargetMilliseconds);
                Row("indicator chart SVG ms", render.ChartMilliseconds, "F0", $"< {RenderTargetMilliseconds:F0} ms", render.ChartMilliseconds < RenderTargetMilliseconds);
            }

            foreach (var first in firsts)
            {
                var name = first.Page.StartsWith("/indicators/", StringComparison.Ordinal) ? "indicator" : "start page";
                Row($"{name} first byte ms", first.SteadyMilliseconds, "F0", "", true);
                Row($"  after an import", first.AfterImportMilliseconds, "F0", "", true);
                Row($"  new status shown s", first.StatusShownMilliseconds / 1000, "F1", "", true);
            }

            if (riktning.Non2xx + reference.Non2xx > 0)
            {
                Say($"WARNING: non-2xx answers: Riktning {riktning.Non2xx}, nginx {reference.Non2xx}");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (!arguments.Keep)
            {
                DeleteDatabase(database);
            }
        }
    }

    /// <summary>One measure, Värmland and its 16 municipalities, every period, the total: what an indicator's report page asks for.</summary>
    private static string ObservationsPath(string root)
    {
        var regions = new List<string> { "SE-17" };
        foreach (var line in File.ReadLines(Path.Combine(root, "regions", "se.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length > 4 && string.Equals(fields[2], "municipality", StringComparison.Ordinal) && string.Equals(fields[4], "17", StringComparison.Ordinal))
            {
                regions.Add("SE-" + fields[1]);
            }
        }

        return $"/api/measures/{WebStore.MeasureIds[0]}/observations?{string.Join('&', regions.Select(r => "region=" + r))}&breakdown=total";
    }

    private static string NginxConfiguration(string work, string site, int port) => $$"""
        worker_processes auto;
        pid {{work}}/nginx.pid;
        error_log {{work}}/error.log warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            gzip off;
            sendfile on;
            default_type application/json;
            client_body_temp_path {{work}}/body;
            proxy_temp_path {{work}}/proxy;
            fastcgi_temp_path {{work}}/fastcgi;
            uwsgi_temp_path {{work}}/uwsgi;
            scgi_temp_path {{work}}/scgi;
            server {
                listen 127.0.0.1:{{port}};
                root {{site}};
            }
        }
        """;

    /// <summary>
    /// <c>wrk -c8</c> for 15 s over 40 000 generated selections (a 5 s warm-up over 10 000 others first), each thread
    /// walking its own half in order, so no selection is asked for twice: a random measure of the ten, one to twenty
    /// random Swedish municipalities (sometimes with Värmland), a random span of periods, the total.
    /// </summary>
    private static async Task<WrkResult> MissMixAsync(string work, string root, Uri appBase)
    {
        var municipalities = File.ReadLines(Path.Combine(root, "regions", "se.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f.Length > 2 && string.Equals(f[2], "municipality", StringComparison.Ordinal))
            .Select(f => "SE-" + f[1])
            .ToArray();
        var random = new Random(20261203);
        string Selection()
        {
            var regions = random.GetItems(municipalities, random.Next(1, 21)).Distinct(StringComparer.Ordinal).ToList();
            if (random.Next(4) == 0)
            {
                regions.Add("SE-17");
            }

            var from = random.Next(1979, 2025);
            var to = random.Next(from, 2025);
            var measure = WebStore.MeasureIds[random.Next(WebStore.MeasureIds.Length)];
            return string.Create(CultureInfo.InvariantCulture,
                $"/api/measures/{measure}/observations?{string.Join('&', regions.Select(r => "region=" + r))}&from={from}&to={to}&breakdown=total");
        }

        string Script(int count)
        {
            var paths = Enumerable.Range(0, count).Select(_ => Selection()).Distinct(StringComparer.Ordinal).Select(p => $"\"{p}\"");
            // Each of wrk's two threads starts at its own half of the list.
            return "local paths = {\n" + string.Join(",\n", paths) + "\n}\n" + """
                local threads = 0
                function setup(thread)
                    thread:set("id", threads)
                    threads = threads + 1
                end
                local i = 0
                function request()
                    i = i + 1
                    local n = #paths
                    return wrk.format(nil, paths[((id or 0) * math.floor(n / 2) + i - 1) % n + 1])
                end
                """;
        }

        var warmUp = Path.Combine(work, "mix-warm-up.lua");
        var measured = Path.Combine(work, "mix.lua");
        await File.WriteAllTextAsync(warmUp, Script(10_000));
        await File.WriteAllTextAsync(measured, Script(40_000));
        await WrkAsync(appBase, "5s", MixConnections, warmUp);
        return await WrkAsync(appBase, WrkDuration, MixConnections, measured);
    }

    private static async Task<WrkResult> WrkAsync(Uri url, string duration, int connections = 64, string? script = null)
    {
        var outcome = await ChildProcess.RunAsync("wrk", ["-t2", $"-c{connections}", $"-d{duration}", "--latency", .. script is null ? Array.Empty<string>() : ["-s", script], url.ToString()]);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        }

        var result = WrkResult.Parse(outcome.Output);
        Say($"wrk {duration} {url.Authority}: {result.RequestsPerSecond:F0} requests/s, p99 {result.P99Milliseconds:F2} ms, {result.Timeouts} timeouts, {result.Non2xx} non-2xx");
        return result;
    }

    /// <summary>
    /// Bytes on the wire, in KB, of the indicator page (its map is inline SVG) and the style sheets and scripts a first
    /// visit loads, asked for with gzip: those it links, and the chart style sheet charts.js adds beside itself when it
    /// draws; also the chart bundle's share (script and its style sheet).
    /// </summary>
    private static async Task<(double Total, double Charts)> PageWeightAsync(HttpClient http, Uri appBase)
    {
        var (htmlBytes, htmlEncoding) = await FetchAsync(http, new Uri(appBase, IndicatorPage));
        Say($"Page weight of {IndicatorPage} (Accept-Encoding: gzip):");
        Say($"  {IndicatorPage}: {htmlBytes / 1024.0:F1} KB ({htmlEncoding})");
        long total = htmlBytes;
        long charts = 0;
        var page = await http.GetStringAsync(new Uri(appBase, IndicatorPage));
        var linked = AssetPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(a => a.StartsWith('/')).ToList();
        var assets = linked
            .Concat(linked.Where(a => a.StartsWith("/js/charts.js", StringComparison.Ordinal)).Select(a => "/js/charts.css" + a["/js/charts.js".Length..]))
            .Distinct(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var (bytes, encoding) = await FetchAsync(http, new Uri(appBase, asset));
            Say($"  {asset}: {bytes / 1024.0:F1} KB ({encoding})");
            total += bytes;
            charts += asset.StartsWith("/js/charts.", StringComparison.Ordinal) ? bytes : 0;
        }

        return (total / 1024.0, charts / 1024.0);
    }

    private static async Task<(long Bytes, string Encoding)> FetchAsync(HttpClient http, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.Count == 0 ? "uncompressed" : string.Join(',', response.Content.Headers.ContentEncoding);
        return (bytes.Length, $"{(int)response.StatusCode}, {encoding}");
    }

    internal static async Task WaitUntilUpAsync(HttpClient http, Uri url, BackgroundProcess process, int seconds = 120)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server for {url} exited before answering");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{url} did not answer within {seconds} s");
    }

    /// <summary>nginx serving <paramref name="files"/> (name to bytes) from a folder under <paramref name="work"/>, up and answering the first.</summary>
    internal static async Task<BackgroundProcess> StartNginxAsync(HttpClient http, string work, int port, Dictionary<string, byte[]> files)
    {
        var site = Path.Combine(work, "site");
        Directory.CreateDirectory(site);
        // nginx's workers run as an unprivileged user when the bench runs as root; temp folders are 0700.
        const UnixFileMode readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(work, readable);
            File.SetUnixFileMode(site, readable);
        }

        foreach (var (name, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(site, name), bytes);
        }

        var configuration = Path.Combine(work, "nginx.conf");
        await File.WriteAllTextAsync(configuration, NginxConfiguration(work, site, port));
        var nginx = BackgroundProcess.Start("nginx", ["-c", configuration, "-p", work, "-g", "daemon off;"], new Dictionary<string, string>(StringComparer.Ordinal));
        try
        {
            await WaitUntilUpAsync(http, new Uri($"http://127.0.0.1:{port}/{files.Keys.First()}"), nginx);
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteDatabase(string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static void Row(string name, double value, string format, string target, bool pass) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-25} | {value.ToString(format, CultureInfo.InvariantCulture),9} | {target,-9} | {(target.Length == 0 ? "" : pass ? "PASS" : "FAIL")}"));

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js)[^\"]*)\"")]
    private static partial Regex AssetPattern();
}
