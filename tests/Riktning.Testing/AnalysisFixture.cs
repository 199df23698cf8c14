using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Organisations;
using Riktning.Plans;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning.Testing;

/// <summary>
/// A small strategy with statistics, plans and interventions for the situation analysis, with every expected figure
/// worked out by hand below. Its ids are its own, so it can share a database with the bundled strategy.
/// </summary>
/// <remarks>
/// Measure <see cref="Measure"/> in Värmland: 2021 70, 2022 71, 2023 72, 2024 90 (after the fixture year 2023, so never
/// in its analysis). Sweden 2021 75, 2023 76; Innlandet (NO-34) 2023 68. Women − men 2021 66 − 74 = −8, 2023 69 − 75 = −6
/// (closing). Karlstad and Eda 2021 73 and 67 (spread 6), 2023 75 and 68 (spread 7: widening). Trend 2021 → 2023 +2,
/// beyond 1 % of 70: better. <see cref="EmptyMeasure"/> has no statistics.
/// </remarks>
public static class AnalysisFixture
{
    public const string StrategyId = "analys-test";
    public const string Area = "analys-omrade";
    public const string Goal = "analys-mal";
    public const string OtherGoal = "analys-mal-2";
    public const string Indicator = "analys-indikator";
    public const string Measure = "analys-matt";
    public const string EmptyMeasure = "analys-matt-tomt";
    public const int Year = 2023;
    public const string Organisation = "analys-org";

    public const string Definition = """
        id: analys-test
        kind: strategy
        title: {sv: Analystest, nb: Analysetest, en: Analysis test}
        owner: Test
        region: SE-17
        revision: {label: "1", baselineYear: 2021}
        vision: Test
        focusAreas:
          - id: analys-omrade
            name: {sv: Testområde, nb: Testområde, en: Test area}
            strategicDirection: Riktning
            goals:
              - id: analys-mal
                name: {sv: Fler i arbete, nb: Flere i arbeid, en: More in work}
                indicators:
                  - id: analys-indikator
                    name: {sv: Sysselsättning, nb: Sysselsetting, en: Employment}
                    direction: increase
                    breakdowns: [sex]
                    measures:
                      - {id: analys-matt, name: {sv: Sysselsättningsgrad, nb: Sysselsettingsgrad, en: Employment rate}, unit: percent, source: {type: kolada, id: N00914}}
              - id: analys-mal-2
                name: {sv: Renare luft, nb: Renere luft, en: Cleaner air}
                indicators:
                  - id: analys-indikator-2
                    name: {sv: Utsläpp, nb: Utslipp, en: Emissions}
                    direction: decrease
                    measures:
                      - {id: analys-matt-tomt, name: {sv: Utsläpp per invånare, nb: Utslipp per innbygger, en: Emissions per inhabitant}, source: {type: none}}
        """;

    public static readonly ImportOrigin Origin = new("csv", null, "analysis-fixture.csv");

    public static readonly ObservationRow[] Rows =
    [
        new("SE-17", "2021", "", 70, ValueStatus.Present),
        new("SE-17", "2022", "", 71, ValueStatus.Present),
        new("SE-17", "2023", "", 72, ValueStatus.Present),
        new("SE-17", "2024", "", 90, ValueStatus.Present),
        new("SE", "2021", "", 75, ValueStatus.Present),
        new("SE", "2023", "", 76, ValueStatus.Present),
        new("NO-34", "2023", "", 68, ValueStatus.Present),
        new("SE-17", "2021", "sex=women", 66, ValueStatus.Present),
        new("SE-17", "2021", "sex=men", 74, ValueStatus.Present),
        new("SE-17", "2023", "sex=women", 69, ValueStatus.Present),
        new("SE-17", "2023", "sex=men", 75, ValueStatus.Present),
        new("SE-1780", "2021", "", 73, ValueStatus.Present),
        new("SE-1737", "2021", "", 67, ValueStatus.Present),
        new("SE-1780", "2023", "", 75, ValueStatus.Present),
        new("SE-1737", "2023", "", 68, ValueStatus.Present),
    ];

    /// <summary>
    /// Stores the definition, the regions, an organisation with two plans and two interventions linked to <see cref="Goal"/>
    /// (one plan starting after the fixture year, one intervention starting after it: listed as planned and left out), and the rows.
    /// Runs through <paramref name="services"/>' own importer, so its store version sees the import at once.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RiktningDb>();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        await services.GetRequiredService<StrategyLoader>().StoreAsync(DefinitionReader.Read(new StringReader(Definition), "analysis-fixture.yaml"), "analysis-fixture.yaml");
        if (!await db.Organisations.AnyAsync(o => o.Key == Organisation))
        {
            var organisation = new Organisation { Key = Organisation, Name = "Analysorganisationen", Country = "SE", Kind = OrganisationKind.Other };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            db.Plans.AddRange(
                new Plan { OrganisationId = organisation.Id, Name = "Kompetensplan", StartYear = 2022, EndYear = 2025, GoalIds = [Goal] },
                new Plan { OrganisationId = organisation.Id, Name = "Framtidsplan", StartYear = 2025, EndYear = 2028, GoalIds = [Goal] });
            db.Interventions.AddRange(
                new Intervention { Key = "analys-lyft", Name = "Kompetenslyft", OrganisationId = organisation.Id, StartDate = new(2022, 1, 1), EndDate = new(2024, 12, 31), Status = InterventionStatus.Ongoing, Budget = 1000, GoalIds = [Goal] },
                new Intervention { Key = "analys-senare", Name = "Senare insats", OrganisationId = organisation.Id, StartDate = new(2025, 1, 1), EndDate = new(2025, 12, 31), Status = InterventionStatus.Planned, Budget = 1000, GoalIds = [Goal] });
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<ObservationImporter>().ImportAsync(Measure, Origin, Rows);
    }
}
