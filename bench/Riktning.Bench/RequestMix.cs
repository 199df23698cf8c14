using System.Globalization;
using System.Text;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning.Bench;

/// <summary>
/// The <c>instances</c> verb's requests, written once as a wrk Lua script: nine in ten ask the open API for a measure's
/// observations (a random measure of the strategy, one to twenty random municipalities, sometimes with the county, a
/// random span of the generated years, a random breakdown, a page of 100–1 000 rows, sometimes the second page), one in
/// ten an indicator page (the report with the municipality breakdown and map, in Swedish or English). 20 000 different
/// requests, each of wrk's threads walking its own half in order, so most of a 60 s run misses every cache.
/// </summary>
internal sealed class RequestMix
{
    private const int Size = 20_000;

    private readonly List<string> paths;

    private RequestMix(List<string> paths, string referenceApiPath, string referencePagePath, string probePath)
    {
        this.paths = paths;
        ReferenceApiPath = referenceApiPath;
        ReferencePagePath = referencePagePath;
        ProbePath = probePath;
    }

    /// <summary>What an indicator's report asks the API for: one Kolada-bound measure, the county and its municipalities, every period, the total.</summary>
    public string ReferenceApiPath { get; }

    /// <summary>That measure's indicator page.</summary>
    public string ReferencePagePath { get; }

    /// <summary>A request whose ETag moves when the refresh imports (the store version).</summary>
    public string ProbePath { get; }

    public static RequestMix Create(string root, StrategyDefinition definition)
    {
        var region = definition.Region ?? throw new InvalidOperationException("the strategy names no region");
        var county = region["SE-".Length..];
        var municipalities = SwedishRegions.Municipalities(root).Select(m => "SE-" + m.Code).ToArray();
        var home = SwedishRegions.Municipalities(root).Where(m => m.County == county).Select(m => "SE-" + m.Code).ToArray();
        var measures = definition.Measures.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToArray();
        var indicators = definition.Indicators.Where(i => i.Measures.Count > 0).Select(i => i.Id).ToArray();
        var breakdowns = LargePostgresStore.Breakdowns().Select(BreakdownKey.Name).ToArray();
        var random = new Random(20261203);
        var paths = new List<string>(Size);
        for (var i = 0; i < Size; i++)
        {
            if (i % 10 == 9)
            {
                paths.Add($"/indicators/{indicators[random.Next(indicators.Length)]}{(random.Next(2) == 0 ? "" : "?culture=en")}");
                continue;
            }

            var regions = random.GetItems(municipalities, random.Next(1, 21)).Distinct(StringComparer.Ordinal).ToList();
            if (random.Next(4) == 0)
            {
                regions.Add(region);
            }

            var from = random.Next(1936, 2025);
            var to = random.Next(from, 2025);
            var limit = random.GetItems([100, 500, 1000], 1)[0];
            var offset = random.Next(4) == 0 ? limit : 0;
            paths.Add(string.Create(CultureInfo.InvariantCulture,
                $"/api/measures/{measures[random.Next(measures.Length)]}/observations?{string.Join('&', regions.Select(r => "region=" + r))}&from={from}&to={to}&breakdown={Uri.EscapeDataString(breakdowns[random.Next(breakdowns.Length)])}&limit={limit}{(offset > 0 ? $"&offset={offset}" : "")}"));
        }

        var kolada = definition.Indicators.First(i => i.Measures.Any(m => m.Source.Type == SourceType.Kolada));
        var measure = kolada.Measures.First(m => m.Source.Type == SourceType.Kolada).Id;
        var referenceApi = $"/api/measures/{measure}/observations?{string.Join('&', new[] { region }.Concat(home).Select(r => "region=" + r))}&breakdown=total";
        var probe = $"/api/measures/{measure}/observations?region={region}&from=2015&breakdown=total";
        return new RequestMix(paths, referenceApi, $"/indicators/{kolada.Id}", probe);
    }

    /// <summary>The Lua script: every request of the mix once per pass, each thread starting at its own half, shifted by the script's argument.</summary>
    public string Script() => Lua(paths);

    /// <summary>The same proportions against nginx: nine requests for the API answer, one for the page.</summary>
    public static string ReferenceScript(string api, string page) => Lua([.. Enumerable.Repeat(api, 9), page]);

    private static string Lua(IEnumerable<string> list)
    {
        var text = new StringBuilder("local paths = {\n");
        foreach (var path in list)
        {
            text.Append('"').Append(path).Append("\",\n");
        }

        return text.Append("""
            }
            local threads = 0
            function setup(thread)
                thread:set("id", threads)
                threads = threads + 1
            end
            -- wrk ... -- OFFSET: where this wrk starts in the list (another instance's wrk starts elsewhere).
            local offset = 0
            function init(args)
                offset = tonumber(args[1] or "0")
            end
            local i = 0
            function request()
                i = i + 1
                local n = #paths
                return wrk.format(nil, paths[(offset + (id or 0) * math.floor(n / 2) + i - 1) % n + 1])
            end
            """).ToString();
    }
}
