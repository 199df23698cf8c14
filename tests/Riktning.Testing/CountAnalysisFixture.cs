using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning.Testing;

/// <summary>
/// A strategy whose situation analysis compares a count per 1 000 inhabitants of its population measure, with every
/// figure worked out by hand. Its ids are its own, so it can share a database with the bundled strategy and <see cref="AnalysisFixture"/>.
/// </summary>
/// <remarks>
/// Jobs (<see cref="Jobs"/>) in 2023: Värmland 1 100, Sweden 20 000, Stockholm (SE-01) 3 000, Innlandet (NO-34) 900.
/// Inhabitants (<see cref="Population"/>): 100 000, 2 000 000, 1 000 000 and 60 000. Per 1 000 inhabitants: Värmland 11,
/// Sweden 10, Stockholm 3, Innlandet 15.
/// </remarks>
public static class CountAnalysisFixture
{
    public const string StrategyId = "antal-test";
    public const string Jobs = "antal-jobb";
    public const string Population = "antal-folk";
    public const int Year = 2023;

    public const string Definition = """
        id: antal-test
        kind: strategy
        title: {sv: Antalstest, nb: Antallstest, en: Count test}
        owner: Test
        region: SE-17
        population-measure: antal-folk
        revision: {label: "1", baselineYear: 2021}
        vision: Test
        focusAreas:
          - id: antal-omrade
            name: {sv: Arbetsmarknad, nb: Arbeidsmarked, en: Labour market}
            strategicDirection: Riktning
            goals:
              - id: antal-mal
                name: {sv: Fler jobb, nb: Flere jobber, en: More jobs}
                indicators:
                  - id: antal-indikator
                    name: {sv: Jobb, nb: Jobber, en: Jobs}
                    direction: increase
                    measures:
                      - {id: antal-jobb, name: {sv: Antal jobb, nb: Antall jobber, en: Number of jobs}, unit: number, kind: count, source: {type: none}}
                      - {id: antal-folk, name: {sv: Folkmängd, nb: Folkemengde, en: Population}, unit: number, kind: count, source: {type: none}}
        """;

    public static readonly ImportOrigin Origin = new("csv", null, "count-analysis-fixture.csv");

    public static readonly ObservationRow[] JobRows =
    [
        new("SE-17", "2021", "", 1_000, ValueStatus.Present),
        new("SE-17", "2023", "", 1_100, ValueStatus.Present),
        new("SE", "2021", "", 19_000, ValueStatus.Present),
        new("SE", "2023", "", 20_000, ValueStatus.Present),
        new("SE-01", "2023", "", 3_000, ValueStatus.Present),
        new("NO-34", "2023", "", 900, ValueStatus.Present),
    ];

    public static readonly ObservationRow[] PopulationRows =
    [
        new("SE-17", "2021", "", 100_000, ValueStatus.Present),
        new("SE-17", "2023", "", 100_000, ValueStatus.Present),
        new("SE", "2023", "", 2_000_000, ValueStatus.Present),
        new("SE-01", "2023", "", 1_000_000, ValueStatus.Present),
        new("NO-34", "2023", "", 60_000, ValueStatus.Present),
    ];

    /// <summary>Stores the definition, the regions and both measures' rows through <paramref name="services"/>' own importer.</summary>
    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RiktningDb>();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        await services.GetRequiredService<StrategyLoader>().StoreAsync(DefinitionReader.Read(new StringReader(Definition), "count-analysis-fixture.yaml"), "count-analysis-fixture.yaml");
        var importer = services.GetRequiredService<ObservationImporter>();
        await importer.ImportAsync(Jobs, Origin, JobRows);
        await importer.ImportAsync(Population, Origin, PopulationRows);
    }

    /// <summary>
    /// Makes a published snapshot look as one frozen before the scale was stored: no <c>Scale</c> and no region
    /// figure, and (<paramref name="headCounts"/>) the comparison of counts as published, as it was before counts were
    /// compared per 1 000 inhabitants.
    /// </summary>
    public static string Unscaled(string snapshot, bool headCounts)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(snapshot)!;
        foreach (var measure in root["FocusAreas"]!.AsArray().SelectMany(a => a!["Goals"]!.AsArray()).SelectMany(g => g!["Indicators"]!.AsArray()).SelectMany(i => i!["Measures"]!.AsArray()))
        {
            var figures = measure!.AsObject();
            figures.Remove("Scale");
            figures.Remove("ComparisonRegionValue");
            if (headCounts && (string?)figures["MeasureId"] == Jobs)
            {
                figures["CountryValue"] = 20_000.0;
                figures["Norway"]![0]!["Value"] = 900.0;
            }
        }

        return root.ToJsonString();
    }
}
