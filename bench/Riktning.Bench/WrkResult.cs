using System.Globalization;
using System.Text.RegularExpressions;

namespace Riktning.Bench;

/// <summary>
/// What one <c>wrk --latency</c> run reports: requests per second, the 99th percentile latency, non-2xx answers, timeouts
/// and all socket errors (connect, read, write and timeout together).
/// </summary>
internal sealed partial record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Non2xx, long Timeouts, long Requests, long SocketErrors = 0)
{
    public static WrkResult Parse(string output)
    {
        var rps = RpsPattern().Match(output);
        var p99 = P99Pattern().Match(output);
        if (!rps.Success || !p99.Success)
        {
            throw new InvalidOperationException($"wrk output not understood:\n{output}");
        }

        var non2xx = Non2xxPattern().Match(output);
        var timeouts = TimeoutPattern().Match(output);
        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(p99.Groups[1].Value, p99.Groups[2].Value),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            timeouts.Success ? long.Parse(timeouts.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            RequestsPattern().Match(output) is { Success: true } requests ? long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            SocketErrorsPattern().Match(output) is { Success: true } errors
                ? errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
                : 0);
    }

    private static double Milliseconds(string number, string unit)
    {
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            _ => throw new InvalidOperationException($"unknown wrk latency unit '{unit}'"),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RpsPattern();

    [GeneratedRegex(@"^\s*99%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99Pattern();

    [GeneratedRegex(@"Socket errors:.*timeout\s+([0-9]+)")]
    private static partial Regex TimeoutPattern();

    [GeneratedRegex(@"Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)")]
    private static partial Regex SocketErrorsPattern();

    [GeneratedRegex(@"([0-9]+) requests in ")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex Non2xxPattern();
}
