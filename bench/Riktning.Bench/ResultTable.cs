using System.Globalization;

namespace Riktning.Bench;

/// <summary>The summary every run ends with; a missed target says FAIL, but the run still exits 0 since it is a measurement.</summary>
internal static class ResultTable
{
    public static void Print(IReadOnlyList<BenchResult> results)
    {
        string[] head = ["case", "rows", "seconds", "rows/s", "ref seconds", "ref rows/s", "ratio", "ratio ≤ 2.0", "peak MB", "peak < 400 MB"];
        var lines = results.Select(r => new[]
        {
            r.Case,
            Format($"{r.Rows:N0}"),
            Format($"{r.Seconds:F2}"),
            Format($"{r.RowsPerSecond:N0}"),
            Format($"{r.ReferenceSeconds:F2}"),
            Format($"{r.ReferenceRowsPerSecond:N0}"),
            Format($"{r.Ratio:F2}"),
            r.RatioPasses ? "PASS" : "FAIL",
            r.PeakMegabytes is { } peak ? Format($"{peak:F0}") : "-",
            r.PeakPasses switch { true => "PASS", false => "FAIL", null => "-" },
        }).ToList();
        var widths = head.Select((h, i) => Math.Max(h.Length, lines.Select(l => l[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        Console.WriteLine();
        Console.WriteLine(Row(head, widths));
        Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
        {
            Console.WriteLine(Row(line, widths));
        }
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));

    // Invariant with a space as thousands separator, so figures read the same on every machine and in the README.
    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture).Replace(',', ' ');
}
