using System.Diagnostics;

namespace Riktning.Bench;

/// <summary>Runs a tool to completion, timing it with a <see cref="Stopwatch"/> from start to exit.</summary>
internal static class ChildProcess
{
    public static async Task<ProcessOutcome> RunAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        return new ProcessOutcome(process.ExitCode, await output, await error, watch.Elapsed);
    }

    /// <summary>This bench again, for <c>import-child</c>: the apphost under <c>dotnet run</c>, or <c>dotnet Riktning.Bench.dll</c>.</summary>
    public static (string FileName, List<string> Prefix) Self()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("the bench's own executable is unknown");
        return string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.Ordinal)
            ? (path, [typeof(ChildProcess).Assembly.Location])
            : (path, []);
    }
}
