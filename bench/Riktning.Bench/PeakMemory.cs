using System.Globalization;

namespace Riktning.Bench;

/// <summary>The process's peak resident set size, as Linux counts it (VmHWM); the GC's own figures miss native memory such as SQLite's page cache.</summary>
internal static class PeakMemory
{
    public static long ReadKilobytes() => Read("/proc/self/status", "VmHWM:");

    /// <summary>Another process's peak resident set size (VmHWM) in KB, -1 when it cannot be read.</summary>
    public static long PeakKilobytes(int processId) => Read($"/proc/{processId}/status", "VmHWM:");

    /// <summary>Another process's resident set size now (VmRSS) in KB, -1 when it cannot be read.</summary>
    public static long ResidentKilobytes(int processId) => Read($"/proc/{processId}/status", "VmRSS:");

    private static long Read(string status, string field)
    {
        if (!File.Exists(status))
        {
            return -1;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
