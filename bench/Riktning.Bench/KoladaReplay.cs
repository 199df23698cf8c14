using System.Globalization;
using System.Text;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Bench;

/// <summary>
/// Kolada on 127.0.0.1 for the <c>instances</c> verb: the tests' <see cref="ReplayServer"/> answering every Kolada-bound
/// measure of the strategy for the strategy's county, its municipalities and Sweden (the refresh's
/// <c>AllSwedishRegions=false</c> call), 2015–2024, total, women and men. Each round writes other values to the files the
/// server reads in place, so every refresh changes stored values and commits a batch, and holds each answer back a
/// while so that the imports are spread over the measured minute.
/// </summary>
internal sealed class KoladaReplay : IAsyncDisposable
{
    private readonly List<(string Kpi, string File, ReplayRoute Route)> routes = [];
    private readonly string[] municipalities;
    private readonly TimeSpan delay;
    private int round;

    private KoladaReplay(ReplayServer server, string[] municipalities, TimeSpan delay)
    {
        Server = server;
        this.municipalities = municipalities;
        this.delay = delay;
    }

    public ReplayServer Server { get; }

    /// <summary>The Kolada-bound measures answered.</summary>
    public int Measures => routes.Count;

    public static async Task<KoladaReplay> StartAsync(string root, string work, StrategyDefinition definition, TimeSpan delay)
    {
        var county = (definition.Region ?? throw new InvalidOperationException("the strategy names no region"))["SE-".Length..];
        string[] ids = ["0000", "00" + county, .. SwedishRegions.Municipalities(root).Where(m => m.County == county).Select(m => m.Code)];
        var replay = new KoladaReplay(await ReplayServer.StartAsync(), ids, delay);
        var segment = string.Join(',', ids);
        foreach (var kpi in definition.Measures.Where(m => m.Source.Type == SourceType.Kolada && m.Source.Id is not null).Select(m => m.Source.Id!).Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(work, $"kolada-{kpi}.json");
            await File.WriteAllTextAsync(file, "{}");
            replay.routes.Add((kpi, file, replay.Server.ServeFile("GET", $"/kolada/data/kpi/{kpi}/municipality/{segment}", file)));
        }

        return replay;
    }

    /// <summary>New values in every answer, and each answer held back again.</summary>
    public void NextRound()
    {
        round++;
        foreach (var (kpi, file, route) in routes)
        {
            File.WriteAllText(file, Answer(kpi));
            route.DelayFirst(1, delay);
        }
    }

    private string Answer(string kpi)
    {
        var text = new StringBuilder("{\"count\": ").Append(municipalities.Length * 10).Append(", \"values\": [");
        var first = true;
        foreach (var municipality in municipalities)
        {
            for (var year = 2015; year <= 2024; year++)
            {
                text.Append(first ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"kpi\": \"{kpi}\", \"municipality\": \"{municipality}\", \"period\": {year}, \"values\": [");
                first = false;
                var genders = new[] { "T", "K", "M" };
                for (var g = 0; g < genders.Length; g++)
                {
                    // 30.0–69.9, different in every round: every share, rate and count stays plausible and changes.
                    var value = 30 + (((municipality.GetHashCode(StringComparison.Ordinal) & 0xffff) + (year * 7) + (g * 13) + (round * 37)) % 400 / 10.0);
                    text.Append(g == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"gender\": \"{genders[g]}\", \"count\": 1, \"status\": \"\", \"value\": {value:F1}}}");
                }

                text.Append("]}");
            }
        }

        return text.Append("], \"next_url\": null}").ToString();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
