using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Riktning.Data;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>
/// The default `riktning refresh` (<c>AllSwedishRegions=true</c>) of the bundled strategies, measured rather than worked
/// out from the code: every Kolada request is answered with a valid generated page, every other source is a local
/// address that knows nothing; the calls the replay server received are counted and compared with what the command
/// prints, and each Kolada KPI is asked for every id of Kolada's own list of municipalities and regions.
/// </summary>
public sealed partial class RefreshDefaultCallsTests : IAsyncLifetime
{
    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refresh_Default_AsksKoladaForEverySwedishCountyAndMunicipalityAndPrintsTheCallsItMade(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        // A made-up value (50) for 2023, total, for each id the request names: the page shape of Kolada's API v3.
        server.ServeGenerated("GET", "/kolada/data/kpi/", path =>
        {
            var parts = path.Split('/');
            var kpi = parts[4];
            var values = parts[6].Split(',').Select(id =>
                $$"""{"kpi": "{{kpi}}", "municipality": "{{id}}", "period": 2023, "values": [{"gender": "T", "count": 1, "status": "", "value": 50}]}""");
            return $$"""{"count": {{parts[6].Split(',').Length}}, "values": [{{string.Join(", ", values)}}], "next_url": null}""";
        });
        // Kolada's own list of its municipalities and regions (290 kommuner, 21 regions and 0000 for Sweden).
        using var list = JsonDocument.Parse(await File.ReadAllBytesAsync(RepositoryPaths.SharedData("kolada", "kolada_v2_municipality_values.json"), ct));
        var koladaIds = list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        var bundled = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "strategies"), "*.yaml")
            .Select(file => DefinitionReader.ReadFile(file).Definition)
            .Where(d => d.Kind == DefinitionKind.Strategy)
            .SelectMany(d => d.Measures)
            .ToList();
        var koladaMeasures = bundled.Where(m => m.Source.Type == SourceType.Kolada).ToList();
        var tableMeasures = bundled.Count(m => m.Source.Type is SourceType.Scb or SourceType.Ssb);

        await using var database = await TestDatabase.CreateAsync(provider);
        var migrate = await CommandRunner.RunAsync(database, Path.GetTempPath(), "db", "migrate");
        Assert.Equal(0, migrate.ExitCode);
        using var process = CommandRunner.Start(database, Path.GetTempPath(), [
                new("Riktning:Sources:Kolada:BaseUrl", server.Url("kolada/").ToString()),
                // Kolada's own pace (10 calls in 10 s) would make this run take minutes; the count does not depend on it.
                new("Riktning:Sources:Kolada:MaxCallsPerTimeWindow", "0"),
                .. new[] { "Scb", "ScbApi2", "Ssb", "SsbApi2" }.SelectMany(source => new KeyValuePair<string, string?>[]
                {
                    new($"Riktning:Sources:{source}:BaseUrl", server.Url(source.ToLowerInvariant() + "/").ToString()),
                    new($"Riktning:Sources:{source}:MaxAttempts", "1"),
                }),
            ],
            "refresh");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var (stdout, stderr) = (await output, await error);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = Assert.Single(lines, l => l.StartsWith("Summary: ", StringComparison.Ordinal));
        var printed = int.Parse(SummaryCallsPattern().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = server.Requests;
        var koladaRequests = requests.Where(r => r.Path.StartsWith("/kolada/data/kpi/", StringComparison.Ordinal)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"default refresh: {printed} calls printed, {requests.Count} requests received ({koladaRequests.Count} Kolada for {koladaMeasures.Count} KPIs, " +
            $"{requests.Count - koladaRequests.Count} to the {tableMeasures} SCB/SSB tables); {koladaIds.Count} Kolada ids\n{summary}");

        Assert.True(process.ExitCode is 0 or 2, stderr);
        Assert.Equal(requests.Count, printed);
        Assert.Equal(1 + 21 + 290, koladaIds.Count);
        var perCall = (koladaIds.Count + 24) / 25;
        Assert.Equal(koladaMeasures.Count * perCall, koladaRequests.Count);
        foreach (var measure in koladaMeasures)
        {
            // Each KPI's line: its calls and no rejection; its requests name every Kolada id once.
            var line = Assert.Single(lines, l => l.StartsWith($"{measure.Id} (Kolada {measure.Source.Id}, ", StringComparison.Ordinal));
            Assert.Contains($", {perCall} calls): ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("rejected", line, StringComparison.Ordinal);
            var asked = koladaRequests.Where(r => r.Path.Split('/')[4] == measure.Source.Id).SelectMany(r => r.Path.Split('/')[6].Split(','));
            Assert.Equal(koladaIds, asked.Order(StringComparer.Ordinal));
        }

        // The SCB and SSB tables go to an address that answers 404: one call each, rejected.
        Assert.Equal(tableMeasures, requests.Count - koladaRequests.Count);
    }

    [GeneratedRegex(@"; (\d+) calls to the sources$")]
    private static partial Regex SummaryCallsPattern();
}
