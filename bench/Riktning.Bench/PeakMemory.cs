using System.Globalization;

namespace Riktning.Bench;

/// <summary>The process's peak resident set size, as Linux counts it (VmHWM); the GC's own figures miss native memory such as SQLite's page cache.</summary>
internal static class PeakMemory
{
    public static long ReadKilobytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return -1;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
