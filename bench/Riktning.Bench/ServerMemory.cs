using System.Globalization;

namespace Riktning.Bench;

/// <summary>
/// Where the server's resident memory is during a phase of the web bench: <c>/proc/&lt;pid&gt;/status</c> sampled every
/// 250 ms (anonymous memory, file-backed pages such as the mapped assemblies, shared memory such as the JIT's
/// double-mapped code) and, beside it, the GC's own figures from <c>dotnet-counters</c> (the repository's tool
/// manifest), so that the managed heap can be told apart from native memory (glibc's arenas, SQLite's page caches, the
/// compressors' state) at the moment the resident set peaks.
/// </summary>
internal sealed class ServerMemory
{
    private readonly int _processId;
    private readonly List<Sample> _samples = [];

    private ServerMemory(int processId) => _processId = processId;

    /// <summary>One reading of the process's status, in KB.</summary>
    private sealed record Sample(long Resident, long Anonymous, long File, long Shared);

    /// <summary>What a phase saw at its resident-set peak, in MB; the GC's figures are their maximum over the phase (-1 when not read).</summary>
    public sealed record Split(double Resident, double Anonymous, double File, double Shared, double GcCommitted, double GcHeap)
    {
        /// <summary>Anonymous memory the GC does not account for: native allocations, thread stacks, the runtime's own heaps.</summary>
        public double NativeAnonymous => GcCommitted < 0 ? -1 : Anonymous - GcCommitted;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"RSS {Resident:F0} MB = anonymous {Anonymous:F0} (GC committed {GcCommitted:F0}, GC heap {GcHeap:F0}, native and runtime {NativeAnonymous:F0}) + file-backed {File:F0} + shared {Shared:F0}");
    }

    /// <summary>Samples the process while <paramref name="phase"/> runs, with the GC counters over <paramref name="seconds"/> (a little more than the phase).</summary>
    public static async Task<(T Result, Split Memory)> MeasureAsync<T>(int processId, int seconds, Func<Task<T>> phase)
    {
        var memory = new ServerMemory(processId);
        using var stop = new CancellationTokenSource();
        var sampling = memory.SampleAsync(stop.Token);
        var counters = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"riktning-bench-counters-{processId}-{Environment.TickCount64}.csv"));
        var collecting = ChildProcess.RunAsync("dotnet", [
            "tool", "run", "dotnet-counters", "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--counters", "System.Runtime",
            "--format", "csv", "-o", counters, "--refresh-interval", "1", "--duration", TimeSpan.FromSeconds(seconds).ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture)]);
        var result = await phase();
        await stop.CancelAsync();
        await sampling;
        var outcome = await collecting;
        var (committed, heap) = outcome.ExitCode == 0 && File.Exists(counters) ? ReadCounters(counters) : (-1, -1);
        if (outcome.ExitCode != 0)
        {
            Console.WriteLine($"dotnet-counters failed (exit {outcome.ExitCode}; run `dotnet tool restore`): {outcome.Error.Trim()}");
        }

        File.Delete(counters);
        var peak = memory._samples.Count == 0 ? new Sample(-1, -1, -1, -1) : memory._samples.MaxBy(s => s.Resident)!;
        return (result, new Split(peak.Resident / 1024.0, peak.Anonymous / 1024.0, peak.File / 1024.0, peak.Shared / 1024.0, committed, heap));
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        do
        {
            if (Read() is { } sample)
            {
                _samples.Add(sample);
            }
        }
        while (await Wait(timer, cancellationToken));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Sample? Read()
    {
        var status = $"/proc/{_processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        long Field(string[] lines, string name) =>
            lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
                ? long.Parse(line[name.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture)
                : -1;
        var lines = File.ReadAllLines(status);
        return new Sample(Field(lines, "VmRSS:"), Field(lines, "RssAnon:"), Field(lines, "RssFile:"), Field(lines, "RssShmem:"));
    }

    /// <summary>The largest committed size and heap size (all generations of one reading summed) the GC reported, in MB.</summary>
    private static (double Committed, double Heap) ReadCounters(string file)
    {
        double committed = -1;
        var heaps = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 5 || !double.TryParse(fields[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var name = fields[2];
            if (name.StartsWith("dotnet.gc.last_collection.memory.committed_size", StringComparison.Ordinal))
            {
                committed = Math.Max(committed, value);
            }
            else if (name.StartsWith("dotnet.gc.last_collection.heap.size", StringComparison.Ordinal))
            {
                heaps[fields[0]] = heaps.GetValueOrDefault(fields[0]) + value;
            }
        }

        const double Megabyte = 1024 * 1024;
        return (committed < 0 ? -1 : committed / Megabyte, heaps.Count == 0 ? -1 : heaps.Values.Max() / Megabyte);
    }
}
