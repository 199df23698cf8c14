using System.Diagnostics;
using System.Globalization;
using System.Text;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Testing;

namespace Riktning.Bench;

/// <summary>
/// <c>limits</c>: what a hostile or very large upload costs. (1) A generated CSV of about 200 MB in the upload layout
/// (<c>docs/upload-format.md</c>) is validated by <see cref="TabularRows.ReadCsv"/> in a child process: every row parsed
/// and checked, none kept; target: peak memory under 500 MB. (2) The 3 KB workbook with cells in column XFD
/// (<see cref="HostileFiles.LastColumnWorkbook"/>) goes through <see cref="TabularTable.FromExcel"/>; target: refused
/// as an import error within one second (it used to take minutes). Both print <c>RESULT</c> lines; the run exits 0.
/// </summary>
internal static class LimitsBenchmark
{
    private const long CsvBytes = 200L * 1024 * 1024;

    public static async Task<int> RunAsync(bool keep)
    {
        var directory = Directory.CreateTempSubdirectory("riktning-limits-");
        try
        {
            var csv = Path.Combine(directory.FullName, "values.csv");
            var rows = WriteCsv(csv);
            Console.WriteLine($"limits: generated {csv}: {new FileInfo(csv).Length / (1024.0 * 1024):F0} MB, {rows:N0} rows");

            var lines = new List<string[]>();
            foreach (var (kind, argument) in new[] { ("csv", csv), ("xfd", "200") })
            {
                var (fileName, prefix) = ChildProcess.Self();
                var outcome = await ChildProcess.RunAsync(fileName, [.. prefix, "limits-child", kind, argument]);
                var line = outcome.Output.Split('\n').FirstOrDefault(l => l.StartsWith(ImportChild.ResultPrefix, StringComparison.Ordinal));
                if (outcome.ExitCode != 0 || line is null)
                {
                    throw new InvalidOperationException($"limits-child {kind} failed (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
                }

                var values = line[ImportChild.ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                var seconds = double.Parse(values["seconds"], CultureInfo.InvariantCulture);
                var peak = double.Parse(values["peak_kb"], CultureInfo.InvariantCulture) / 1024;
                lines.Add(kind == "csv"
                    ? ["CSV upload, validate", $"{long.Parse(values["bytes"], CultureInfo.InvariantCulture) / (1024 * 1024)} MB, {long.Parse(values["rows"], CultureInfo.InvariantCulture):N0} rows", $"{seconds:F2}", $"{peak:F0}", "peak < 500 MB", peak < 500 ? "PASS" : "FAIL"]
                    : ["XFD workbook", $"{values["bytes"]} bytes, refused: {values["refused"]}", $"{seconds:F3}", $"{peak:F0}", "refused < 1 s", values["refused"] == "yes" && seconds < 1 ? "PASS" : "FAIL"]);
            }

            string[] head = ["case", "input", "seconds", "peak MB", "target", "result"];
            var widths = head.Select((h, i) => Math.Max(h.Length, lines.Max(l => l[i].Length))).ToArray();
            Console.WriteLine();
            Console.WriteLine(string.Join(" | ", head.Select((c, i) => c.PadRight(widths[i]))));
            Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
            foreach (var line in lines)
            {
                Console.WriteLine(string.Join(" | ", line.Select((c, i) => c.PadRight(widths[i]))));
            }

            return 0;
        }
        finally
        {
            if (!keep)
            {
                directory.Delete(recursive: true);
            }
        }
    }

    /// <summary>The measured part, in a process of its own so that its peak memory is the reader's alone.</summary>
    public static int RunChild(IReadOnlyList<string> args)
    {
        var watch = Stopwatch.StartNew();
        switch (args)
        {
            case ["csv", var path]:
                {
                    long rows = 0;
                    using var reader = TabularText.Reader(path);
                    foreach (var _ in TabularRows.ReadCsv(reader, Path.GetFileName(path)))
                    {
                        rows++;
                    }

                    watch.Stop();
                    Console.WriteLine(FormattableString.Invariant($"{ImportChild.ResultPrefix}rows={rows} bytes={new FileInfo(path).Length} seconds={watch.Elapsed.TotalSeconds:F3} peak_kb={PeakMemory.ReadKilobytes()}"));
                    return 0;
                }

            case ["xfd", var count]:
                {
                    var file = HostileFiles.LastColumnWorkbook(int.Parse(count, CultureInfo.InvariantCulture));
                    watch.Restart();
                    var refused = "no";
                    try
                    {
                        TabularTable.FromExcel(new MemoryStream(file), "xfd.xlsx");
                    }
                    catch (ImportFormatException ex)
                    {
                        refused = "yes";
                        Console.Error.WriteLine(ex.Message);
                    }

                    watch.Stop();
                    Console.WriteLine(FormattableString.Invariant($"{ImportChild.ResultPrefix}bytes={file.Length} refused={refused} seconds={watch.Elapsed.TotalSeconds:F3} peak_kb={PeakMemory.ReadKilobytes()}"));
                    return 0;
                }

            default:
                Console.Error.WriteLine("usage: limits-child csv FILE | xfd ROWS");
                return 2;
        }
    }

    /// <summary>About <see cref="CsvBytes"/> of rows in the upload layout: 290 municipalities × periods × sex, values with decimals.</summary>
    private static long WriteCsv(string path)
    {
        var random = new Random(17);
        string[] sexes = ["women", "men", "total"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("region,period,sex,value,status\n");
        long rows = 0;
        for (var year = 1000; writer.BaseStream.Length < CsvBytes; year++)
        {
            for (var municipality = 0; municipality < 290; municipality++)
            {
                foreach (var sex in sexes)
                {
                    writer.Write(FormattableString.Invariant($"SE-{1700 + (municipality % 100):D4},{year},{sex},{random.Next(0, 1_000_000) / 10.0},\n"));
                    rows++;
                }
            }
        }

        return rows;
    }
}
