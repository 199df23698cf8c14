using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;
using Riktning.Strategy;

namespace Riktning.Bench;

/// <summary>
/// The <c>instances</c> verb (issue 15): a PostgreSQL store of synthetic observations (100 M for the issue), wrk at 64
/// connections for 60 s against one and then two <c>riktning serve</c> instances while their scheduled refresh imports
/// from a local replay of Kolada, and nginx serving the same answers as static files in the same run.
/// </summary>
internal static class InstancesBenchmark
{
    private const int Connections = 64;
    private const string WarmUpDuration = "10s";
    private const string Duration = "60s";

    /// <summary>How long the replayed Kolada holds back each measure's answer: spreads the refresh's imports over the run.</summary>
    private static readonly TimeSpan KoladaDelay = TimeSpan.FromSeconds(2.5);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var arguments = InstancesArguments.Parse(args);
        var root = RepositoryRoot.Find();
        var store = await LargePostgresStore.EnsureAsync(root, arguments.PostgresServer, arguments.Observations);
        Say($"Store {store.Database}: {store.Observations:N0} observations, {store.Shape}; observations table {store.TableBytes / 1048576.0:N0} MB, its index {store.IndexBytes / 1048576.0:N0} MB");
        if (arguments.StoreOnly)
        {
            return 0;
        }

        var definition = DefinitionReader.ReadFile(Path.Combine(root, "strategies", "varmlandsstrategin-2040.yaml")).Definition;
        var work = Directory.CreateTempSubdirectory("riktning-bench-instances-").FullName;
        try
        {
            Say($"Building Riktning.Web (Release)");
            var build = await ChildProcess.RunAsync("dotnet", ["build", "-c", "Release", Path.Combine(root, "src", "Riktning.Web"), "--nologo", "-v", "q"]);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build failed:\n{build.Output}\n{build.Error}");
            }

            await using var kolada = await KoladaReplay.StartAsync(root, work, definition, KoladaDelay);
            var mix = RequestMix.Create(root, definition);
            var script = Path.Combine(work, "mix.lua");
            await File.WriteAllTextAsync(script, mix.Script());
            using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(300) };

            var runs = new List<InstancesRun>();
            foreach (var count in new[] { 1, 2 })
            {
                kolada.NextRound();
                runs.Add(await RunInstancesAsync(root, store, kolada, count, script, mix, http, !arguments.NoRefresh));
            }

            var reference = await ReferenceAsync(work, runs[0].ApiAnswer, runs[0].PageAnswer, mix, http);
            Print(store, runs, reference);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (arguments.Drop)
            {
                await using var admin = await LargePostgresStore.OpenAsync(arguments.PostgresServer);
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {store.Database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                Say($"Dropped {store.Database}");
            }
        }
    }

    private static async Task<InstancesRun> RunInstancesAsync(string root, LargeStoreInfo store, KoladaReplay kolada, int count, string script, RequestMix mix, HttpClient http, bool refresh)
    {
        Say($"--- {count} instance(s) ---");
        var startedAt = await DatabaseNowAsync(store.ConnectionString);
        var lastBatch = await LargePostgresStore.ScalarAsync<long>(store.ConnectionString, """SELECT coalesce(max("Id"), 0) FROM import_batches""");
        var ports = Enumerable.Range(0, count).Select(_ => WebBenchmark.FreePort()).ToArray();
        var instances = new List<BackgroundProcess>();
        try
        {
            // Every instance has the schedule on, as a deployment would: its first tick is at start, and the advisory
            // lock lets one of them run the refresh while the other skips.
            foreach (var port in ports)
            {
                instances.Add(BackgroundProcess.Start(
                    "dotnet",
                    [Path.Combine(root, "src", "Riktning.Web", "bin", "Release", "net10.0", "riktning.dll"), "serve", "--urls", $"http://127.0.0.1:{port}"],
                    Environment(store, kolada, refresh),
                    Path.Combine(root, "src", "Riktning.Web")));
            }

            var bases = ports.Select(p => new Uri($"http://127.0.0.1:{p}")).ToArray();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                await WebBenchmark.WaitUntilUpAsync(http, new Uri(bases[i], "/api/strategy"), instances[i], seconds: 600);
            }

            Say($"{count} instance(s) up in {watch.Elapsed.TotalSeconds:F0} s: {string.Join(", ", instances.Select((p, i) => $"{bases[i].Authority} pid {p.Id}"))}");
            var apiAnswer = await http.GetByteArrayAsync(new Uri(bases[0], mix.ReferenceApiPath));
            var pageAnswer = await http.GetByteArrayAsync(new Uri(bases[0], mix.ReferencePagePath));
            await WrkAllAsync(bases, script, WarmUpDuration);

            using var probing = new CancellationTokenSource();
            var probes = bases.Select(b => ProbeAsync(http, new Uri(b, mix.ProbePath), probing.Token)).ToArray();
            var windowStart = await DatabaseNowAsync(store.ConnectionString);
            var results = await WrkAllAsync(bases, script, Duration);
            var windowEnd = await DatabaseNowAsync(store.ConnectionString);
            var rss = instances.Select(p => (Peak: PeakMemory.PeakKilobytes(p.Id) / 1024.0, Now: PeakMemory.ResidentKilobytes(p.Id) / 1024.0)).ToArray();
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

            // The refresh may outlast the window: wait for it, then check that every instance shows its last import.
            var refreshed = refresh ? await WaitForRefreshAsync(store.ConnectionString, startedAt) : new RefreshSummary(0, "", 0, 0, "off (--no-refresh)", 0, false);
            var imports = await LargePostgresStore.ScalarAsync<long>(store.ConnectionString, string.Create(CultureInfo.InvariantCulture,
                $"""SELECT count(*) FROM import_batches WHERE "Id" > {lastBatch} AND "Source" = 'kolada'"""));
            var inWindow = await CountAsync(store.ConnectionString,
                """SELECT count(*) FROM import_batches WHERE "Id" > @last AND "Source" = 'kolada' AND "RetrievedAtUtc" BETWEEN @from AND @to""",
                ("last", lastBatch), ("from", windowStart), ("to", windowEnd));
            await Task.Delay(TimeSpan.FromSeconds(2));
            await probing.CancelAsync();
            var seen = await Task.WhenAll(probes);
            var finalTags = await Task.WhenAll(bases.Select(async b => (await ProbeOnceAsync(http, new Uri(b, mix.ProbePath))) ?? "-"));
            return new InstancesRun(count, results, instances.Select(p => p.Id).ToArray(), rss, load, refreshed, imports, inWindow, seen, finalTags, apiAnswer, pageAnswer);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static Dictionary<string, string> Environment(LargeStoreInfo store, KoladaReplay kolada, bool refresh)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Riktning__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Riktning"] = store.ConnectionString,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            // As README.md advises for starting the server (and the web bench does): two malloc arenas, not eight per core.
            ["MALLOC_ARENA_MAX"] = "2",
            // wrk is one client address: the per-client API limit would measure the limiter, not the API.
            ["Riktning__Limits__ApiRequestsPerMinute"] = "100000000",
            ["Riktning__Refresh__TakeOverCheck"] = "00:00:00",
            ["Riktning__Refresh__OnFirstStart"] = "false",
            ["Riktning__Refresh__AllSwedishRegions"] = "false",
        };
        if (refresh)
        {
            // Left out with --no-refresh: the same run without imports, to tell the refresh's cost from the store's.
            environment["Riktning__Refresh__Interval"] = "1.00:00:00";
        }

        foreach (var source in new[] { "Kolada", "Scb", "ScbApi2", "Ssb", "SsbApi2" })
        {
            // Kolada is replayed; the SCB and SSB measures get a 404 from the same server and are rejected at once.
            environment[$"Riktning__Sources__{source}__BaseUrl"] = kolada.Server.Url(source.ToLowerInvariant() + "/").ToString();
            environment[$"Riktning__Sources__{source}__MaxAttempts"] = "1";
            environment[$"Riktning__Sources__{source}__MaxCallsPerTimeWindow"] = "0";
        }

        return environment;
    }

    /// <summary>wrk with the mix against every instance at once, the 64 connections shared between them.</summary>
    private static async Task<WrkResult[]> WrkAllAsync(Uri[] bases, string script, string duration)
    {
        // Each instance's wrk starts at another quarter of the list, so that they do not ask for the same thing at once.
        return await Task.WhenAll(bases.Select((b, i) => WrkAsync(b, duration, Connections / bases.Length, script, i * 5_000)));
    }

    private static async Task<WrkResult> WrkAsync(Uri url, string duration, int connections, string script, int offset = 0)
    {
        var threads = connections >= 64 ? 2 : 1;
        var outcome = await ChildProcess.RunAsync("wrk",
            [$"-t{threads}", $"-c{connections}", $"-d{duration}", "--timeout", "10s", "--latency", "-s", script, url.ToString(), "--", offset.ToString(CultureInfo.InvariantCulture)]);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        }

        var result = WrkResult.Parse(outcome.Output);
        Say($"wrk -c{connections} {duration} {url.Authority}: {result.RequestsPerSecond:F0} requests/s, p99 {result.P99Milliseconds:F2} ms, {result.Non2xx} non-2xx, {result.SocketErrors} socket errors");
        return result;
    }

    /// <summary>The distinct ETags one instance gave for the probe from the window's start to the refresh's end: more than one means it saw imports.</summary>
    private static async Task<int> ProbeAsync(HttpClient http, Uri probe, CancellationToken stop)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            if (await ProbeOnceAsync(http, probe) is { } tag)
            {
                tags.Add(tag);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return tags.Count;
    }

    private static async Task<string?> ProbeOnceAsync(HttpClient http, Uri probe)
    {
        try
        {
            using var response = await http.GetAsync(probe);
            return response.IsSuccessStatusCode ? response.Headers.ETag?.Tag : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task<RefreshSummary> WaitForRefreshAsync(string connectionString, DateTime since)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var connection = await LargePostgresStore.OpenAsync(connectionString);
            await using var command = new NpgsqlCommand("""
                SELECT "Instance", "Outcome", "StartedAtUtc", "FinishedAtUtc", "Imported", "Failed"
                FROM refresh_runs WHERE "StartedAtUtc" >= @since ORDER BY "Id"
                """, connection);
            command.Parameters.AddWithValue("since", since);
            var runs = new List<(string Instance, string Outcome, DateTime Started, DateTime? Finished, int Imported, int Failed)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    runs.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.IsDBNull(3) ? null : reader.GetDateTime(3), reader.GetInt32(4), reader.GetInt32(5)));
                }
            }

            if ((runs.Count > 0 && runs.All(r => r.Finished is not null)) || watch.Elapsed > TimeSpan.FromMinutes(10))
            {
                var overlapping = runs.Index().Any(a => runs.Index().Any(b => a.Index != b.Index && a.Item.Started <= b.Item.Started && (a.Item.Finished ?? DateTime.MaxValue) > b.Item.Started));
                return new RefreshSummary(runs.Count, string.Join(", ", runs.Select(r => r.Instance).Distinct(StringComparer.Ordinal)),
                    runs.Sum(r => r.Imported), runs.Sum(r => r.Failed), string.Join(", ", runs.Select(r => r.Outcome)),
                    runs.Count == 0 ? 0 : ((runs.Max(r => r.Finished) ?? DateTime.UtcNow) - runs.Min(r => r.Started)).TotalSeconds, overlapping);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static async Task<DateTime> DatabaseNowAsync(string connectionString) =>
        await LargePostgresStore.ScalarAsync<DateTime>(connectionString, "SELECT now() AT TIME ZONE 'UTC'");

    private static async Task<long> CountAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await LargePostgresStore.OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>nginx serving one API answer and the indicator page as static files, in the mix's proportions, 64 connections.</summary>
    private static async Task<WrkResult> ReferenceAsync(string work, byte[] apiAnswer, byte[] pageAnswer, RequestMix mix, HttpClient http)
    {
        var port = WebBenchmark.FreePort();
        await using var nginx = await WebBenchmark.StartNginxAsync(http, work, port, new() { ["observations.json"] = apiAnswer, ["indicator.html"] = pageAnswer });
        var script = Path.Combine(work, "reference.lua");
        await File.WriteAllTextAsync(script, RequestMix.ReferenceScript("/observations.json", "/indicator.html"));
        var url = new Uri($"http://127.0.0.1:{port}/");
        await WrkAsync(url, WarmUpDuration, Connections, script);
        return await WrkAsync(url, Duration, Connections, script);
    }

    private static void Print(LargeStoreInfo store, List<InstancesRun> runs, WrkResult reference)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL store {store.Database}: {store.Observations:N0} observations ({store.Shape}), table {store.TableBytes / 1073741824.0:F1} GB, primary key {store.IndexBytes / 1073741824.0:F1} GB{(store.Generated is { } g ? $", generated in {g.TotalMinutes:F1} min" : ", reused")}"));
        Console.WriteLine($"wrk {Connections} connections for {Duration} (split evenly between the instances), the mix of RequestMix, {(runs[0].Refresh.Outcomes.StartsWith("off", StringComparison.Ordinal) ? "no refresh" : "while the scheduled refresh imports")}:");
        Console.WriteLine("case        | requests/s |  p99 ms | requests | errors | RSS MB peak (now) per instance     | load");
        Console.WriteLine("------------+------------+---------+----------+--------+------------------------------------+-----");
        foreach (var run in runs)
        {
            var errors = run.Results.Sum(r => r.Non2xx + r.SocketErrors);
            var memory = string.Join(", ", run.Rss.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Peak:F0} ({r.Now:F0})")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Count} instance{(run.Count == 1 ? " " : "s")}  | {run.Results.Sum(r => r.RequestsPerSecond),10:F0} | {run.Results.Max(r => r.P99Milliseconds),7:F1} | {run.Results.Sum(r => r.Requests),8} | {errors,6} | {memory,-34} | {run.Load}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nginx       | {reference.RequestsPerSecond,10:F0} | {reference.P99Milliseconds,7:F1} | {reference.Requests,8} | {reference.Non2xx + reference.SocketErrors,6} | {"-",-34} |"));
        Console.WriteLine("(p99 of two instances: the larger of the two wrk runs' p99; errors: non-2xx answers and socket errors, target 0)");
        foreach (var run in runs)
        {
            var r = run.Refresh;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Count} instance(s): {r.Runs} refresh run(s) by {(r.Instances.Length == 0 ? "none" : r.Instances)} (pids {string.Join(", ", run.Pids)}), outcome {r.Outcomes}, {r.Imported} measures imported, {r.Failed} failed, {r.Seconds:F0} s; overlapping runs: {(r.Overlapping ? "YES" : "no")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  Kolada batches committed: {run.Imports}, {run.ImportsInWindow} of them inside the 60 s window; different probe ETags per instance from the window's start to the refresh's end: {string.Join(", ", run.TagsSeen)}; after the refresh every instance answers the same ETag: {(run.FinalTags.Distinct(StringComparer.Ordinal).Count() == 1 ? "yes" : "NO")}"));
        }
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));

    private sealed record RefreshSummary(int Runs, string Instances, int Imported, int Failed, string Outcomes, double Seconds, bool Overlapping);

    private sealed record InstancesRun(
        int Count, WrkResult[] Results, int[] Pids, (double Peak, double Now)[] Rss, string Load, RefreshSummary Refresh,
        long Imports, long ImportsInWindow, int[] TagsSeen, string[] FinalTags, byte[] ApiAnswer, byte[] PageAnswer);
}
