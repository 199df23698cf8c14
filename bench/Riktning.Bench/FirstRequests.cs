using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Bench;

/// <summary>
/// Time to first byte of a page at steady state and on the first request after an import made by another process (as
/// the command line's would be): the server sees the new store version within its check interval, and whatever it
/// keeps per version is read again. Each import adds one value (a new early period of a municipality the pages never
/// show), so the start page's count of values tells when its data status has caught up.
/// </summary>
internal static partial class FirstRequests
{
    private const int SteadyRuns = 5;

    private const int ImportRuns = 3;

    /// <summary>The server's default <c>Riktning:StoreVersionCheckInterval</c>, plus a margin.</summary>
    private static readonly TimeSpan VersionCheck = TimeSpan.FromMilliseconds(1200);

    public static async Task<IReadOnlyList<FirstRequest>> MeasureAsync(HttpClient http, Uri appBase, string database, IReadOnlyList<string> pages)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Riktning:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Riktning"] = $"Data Source={database}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        var start = new Uri(appBase, "/?culture=en");
        var results = new List<FirstRequest>();
        foreach (var page in pages)
        {
            var url = new Uri(appBase, page);
            await FirstByteAsync(http, url);
            var steady = new List<double>();
            for (var run = 0; run < SteadyRuns; run++)
            {
                steady.Add((await FirstByteAsync(http, url)).Milliseconds);
            }

            var afterImport = new List<double>();
            var shown = new List<double>();
            for (var run = 0; run < ImportRuns; run++)
            {
                var valuesBefore = Values((await FirstByteAsync(http, start)).Body);
                var imported = Stopwatch.StartNew();
                await ImportOneValueAsync(services);
                await Task.Delay(VersionCheck);
                var first = await FirstByteAsync(http, url);
                afterImport.Add(first.Milliseconds);

                // Until the start page counts the new value: its data status is of the new version.
                var body = url == start ? first.Body : (await FirstByteAsync(http, start)).Body;
                while (Values(body) == valuesBefore && imported.Elapsed < TimeSpan.FromMinutes(2))
                {
                    await Task.Delay(100);
                    body = (await FirstByteAsync(http, start)).Body;
                }

                shown.Add(imported.Elapsed.TotalMilliseconds);
                Say($"  {page}: {first.Milliseconds:F0} ms on the first request {VersionCheck.TotalSeconds:F1} s after an import; the start page counted the new value {imported.Elapsed.TotalSeconds:F1} s after it");
            }

            var result = new FirstRequest(page, Median(steady), Median(afterImport), Median(shown));
            Say($"  {page}: first byte {result.SteadyMilliseconds:F0} ms at steady state (median of {SteadyRuns}), {result.AfterImportMilliseconds:F0} ms after an import (median of {ImportRuns})");
            results.Add(result);
        }

        return results;
    }

    /// <summary>One new value for Luleå (never on the pages measured) in a period before the table's, numbered by the batches so far.</summary>
    private static async Task ImportOneValueAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var batches = await scope.ServiceProvider.GetRequiredService<RiktningDb>().ImportBatches.CountAsync();
        var period = (1000 + batches).ToString(CultureInfo.InvariantCulture);
        var summary = await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
            WebStore.MeasureIds[1], new ImportOrigin("bench", null, "first-request bench"), [new ObservationRow("SE-2580", period, "", 1, ValueStatus.Present)]);
        if (summary.Added != 1)
        {
            throw new InvalidOperationException($"the bench's import of period {period} added {summary.Added} values, not 1");
        }
    }

    private static async Task<(double Milliseconds, string Body)> FirstByteAsync(HttpClient http, Uri url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var milliseconds = watch.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        return (milliseconds, await response.Content.ReadAsStringAsync());
    }

    private static string Values(string startPage) => ValuesPattern().Match(startPage).Groups[1].Value;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\(([^()]*) values\)")]
    private static partial Regex ValuesPattern();
}

/// <summary>A page's time to first byte at steady state and right after an import; when the start page showed the import.</summary>
internal sealed record FirstRequest(string Page, double SteadyMilliseconds, double AfterImportMilliseconds, double StatusShownMilliseconds);
