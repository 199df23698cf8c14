using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>
/// `riktning refresh` when the network goes down half-way: the measure fetched before stays, each measure after it is
/// named on one line with why, nothing of theirs is stored, no stack trace, and the summary counts what happened.
/// </summary>
public sealed partial class RefreshNetworkDownTests : IAsyncLifetime
{
    private const string Regions = "0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785";

    private static readonly (string Measure, string Kpi)[] Measures =
        [("invanare-20-64-andel", "N01961"), ("elever-i-komvux", "N18899"), ("kvinnors-andel-av-mans-lonesumma", "N60987")];

    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refresh_NetworkDownAfterTheFirstCall_NamesEachFailedMeasureOnceAndStoresNoneOfThem(DatabaseProvider provider)
    {
        foreach (var (_, kpi) in Measures)
        {
            server.ServeText("GET", $"/kolada/data/kpi/{kpi}/municipality/{Regions}",
                $$"""{"count": 2, "values": [{"kpi": "{{kpi}}", "municipality": "0017", "period": 2023, "values": [{"gender": "T", "count": 1, "status": "", "value": 54.6}]}, {"kpi": "{{kpi}}", "municipality": "1780", "period": 2023, "values": [{"gender": "T", "count": 1, "status": "", "value": 57.9}]}], "next_url": null}""");
        }

        // One answer, then the network is gone.
        server.FailAfter = 1;
        await using var database = await TestDatabase.CreateAsync(provider);
        var migrate = await CommandRunner.RunAsync(database, Path.GetTempPath(), "db", "migrate");
        Assert.Equal(0, migrate.ExitCode);

        using var process = CommandRunner.Start(database, Path.GetTempPath(), [
                new("Riktning:Refresh:AllSwedishRegions", "false"),
                new("Riktning:Sources:Kolada:BaseUrl", server.Url("kolada/").ToString()),
                new("Riktning:Sources:Kolada:MaxAttempts", "1"),
            ],
            ["refresh", .. Measures.SelectMany(m => new[] { "--measure", m.Measure })]);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var (stdout, stderr) = (await output, await error);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout);

        Assert.Equal(2, process.ExitCode);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var outcomes = Measures.ToDictionary(m => m.Measure, m => Assert.Single(lines, l => l.StartsWith(m.Measure + " (", StringComparison.Ordinal)));
        var refreshed = Assert.Single(outcomes, o => o.Value.Contains(" added, ", StringComparison.Ordinal));
        var rejected = outcomes.Where(o => o.Value.Contains("): rejected: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rejected.Count);
        // Each rejected line names the measure and the address it could not reach.
        Assert.All(rejected, r => Assert.Contains("/kolada/data/kpi/", r.Value, StringComparison.Ordinal));
        Assert.Contains("2 added", refreshed.Value, StringComparison.Ordinal);

        var calls = outcomes.Values.Sum(l => int.Parse(CallsPattern().Match(l).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Contains(
            $"Summary: 1 measures refreshed (2 added, 0 changed, 0 unchanged), 0 skipped, 2 rejected; {calls.ToString(CultureInfo.InvariantCulture)} calls to the sources",
            lines);

        await using var db = database.CreateContext();
        Assert.Equal([refreshed.Key], await db.ObservationSeries.Select(s => s.MeasureId).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex(@", (\d+) calls\): ")]
    private static partial Regex CallsPattern();
}
