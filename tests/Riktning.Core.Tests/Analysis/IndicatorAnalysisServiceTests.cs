using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Analysis;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Analysis;

public sealed class IndicatorAnalysisServiceTests
{
    private const string MeasureId = "sysselsattningsgrad";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task AnalyseMeasureAsync_ImportedRows_GivesTrendBreakdownsAndComparison(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await ImportAsync(db, database);
        var measure = RollupTests.Measure(MeasureId);

        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();

        var analysis = await scope.ServiceProvider.GetRequiredService<IndicatorAnalysisService>().AnalyseMeasureAsync(measure, Direction.Increase, 2021, "SE-17");

        Assert.Equal(Direction.Increase, analysis.Direction);
        var trend = analysis.Trend;
        Assert.Equal(("2021", 78.0, "2023", 79.5), (trend.BaselinePeriod, trend.BaselineValue, trend.LatestPeriod, trend.LatestValue));
        // 2022 is missing, so the previous value is 2021's; 1.5 > 1 % of 78.
        Assert.Equal("2021", trend.PreviousPeriod);
        Assert.Equal(1.5, trend.ChangeSinceBaseline);
        Assert.Equal(Assessment.Better, trend.Assessment);

        var breakdowns = analysis.Breakdowns!;
        Assert.Equal("2023", breakdowns.Period);
        Assert.Equal(-5.0, breakdowns.Sex!.Gap);
        Assert.Equal(3, breakdowns.Municipalities!.Count);
        Assert.Equal(78.0, breakdowns.Municipalities.Median);
        Assert.Equal(new RegionValue("SE-1737", 75), breakdowns.Municipalities.Min);

        var comparison = analysis.Comparison;
        Assert.Equal(-0.5, comparison.DifferenceFromCountry);
        Assert.Equal((2, 3), (comparison.Rank, comparison.PeerCount));
        Assert.Equal([new CrossBorderValue("NO-34", "2023", 74)], comparison.Norway);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task RollupAsync_OneMeasureWithDataOneWithout_CountsBetterAndNotEnoughData(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await ImportAsync(db, database);
        // The measure's own direction (Decrease) overrides the indicator's, so the rise counts as worse.
        var definition = RollupTests.Definition(RollupTests.Area("a1", RollupTests.Goal("g1",
            RollupTests.Indicator("i1", Direction.Increase, RollupTests.Measure(MeasureId), RollupTests.Measure("utan-data")),
            RollupTests.Indicator("i2", Direction.Increase, RollupTests.Measure(MeasureId + "-2", Direction.Decrease)))));
        await Importer(db, database).ImportAsync(MeasureId + "-2", Origin,
            [new("SE-17", "2021", "", 10, ValueStatus.Present), new("SE-17", "2024", "", 11, ValueStatus.Present)]);

        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();

        var rollup = await scope.ServiceProvider.GetRequiredService<IndicatorAnalysisService>().RollupAsync(definition);

        Assert.Equal(new AssessmentCounts(1, 1, 0, 1), rollup.Counts);
        Assert.Equal(new AssessmentCounts(1, 0, 0, 1), rollup.FocusAreas[0].Goals[0].Indicators[0].Counts);
        Assert.Equal(Assessment.Worse, rollup.FocusAreas[0].Goals[0].Indicators[1].Measures[MeasureId + "-2"]);
    }

    /// <summary>
    /// A count in the analysis (what the situation analysis reports) is compared like on the indicator page: per 1 000
    /// inhabitants of the population measure, so the smaller county with more per inhabitant ranks first; without a
    /// population measure it is not ranked at all, never as head counts.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task AnalyseMeasureAsync_Count_IsComparedPerThousandInhabitants(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var importer = Importer(db, database);
        await importer.ImportAsync("antal", Origin,
        [
            new("SE", "2023", "", 20_000, ValueStatus.Present),
            new("SE-17", "2023", "", 1_000, ValueStatus.Present),
            new("SE-01", "2023", "", 3_000, ValueStatus.Present),
            new("SE-25", "2023", "", 200, ValueStatus.Present),
            new("SE-17", "2024", "", 1_100, ValueStatus.Present),
        ]);
        await importer.ImportAsync("folk", Origin,
        [
            new("SE", "2023", "", 2_000_000, ValueStatus.Present),
            new("SE-17", "2023", "", 100_000, ValueStatus.Present),
            new("SE-01", "2023", "", 1_000_000, ValueStatus.Present),
            new("SE-25", "2023", "", 25_000, ValueStatus.Present),
        ]);
        var measure = RollupTests.Measure("antal") with { Kind = MeasureKind.Count };

        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IndicatorAnalysisService>();
        var perThousand = await service.AnalyseMeasureAsync(measure, Direction.Increase, 2021, "SE-17", "folk", untilYear: 2023);
        var withoutPopulation = await service.AnalyseMeasureAsync(measure, Direction.Increase, 2021, "SE-17", untilYear: 2023);
        var (_, reported, _) = await service.ReportAsync(measure, Direction.Increase, ReportSelection.Default, "SE-17", "folk");

        // Per 1 000: Värmland 10, Västerbotten 8, Stockholm 3, Sweden 10; as head counts Stockholm would be first.
        Assert.Equal(ComparisonScale.PerThousandInhabitants, perThousand.Comparison.Scale);
        Assert.Equal(("2023", 1, 3, 10.0), (perThousand.Comparison.Period, perThousand.Comparison.RankInDirection, perThousand.Comparison.PeerCount, perThousand.Comparison.CountryValue));
        Assert.Equal((reported.Period, reported.RankInDirection, reported.CountryValue), (perThousand.Comparison.Period, perThousand.Comparison.RankInDirection, perThousand.Comparison.CountryValue));
        Assert.Equal(ComparisonScale.CountWithoutPopulationMeasure, withoutPopulation.Comparison.Scale);
        Assert.Equal((null, null, 0), (withoutPopulation.Comparison.RankInDirection, withoutPopulation.Comparison.CountryValue, withoutPopulation.Comparison.PeerCount));
    }

    /// <summary>
    /// A measure's points are read in chunks of 1 024 and copied into one array of the exact size (no growing list on the
    /// large object heap): every region's total and the region's own breakdowns, over three chunks and a part, none lost
    /// or repeated at a chunk's edge, the strings shared.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ReadPointsAsync_MoreThanOneChunk_ReadsEveryTotalAndTheRegionsBreakdownsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var regions = await db.Regions.AsNoTracking().Where(r => r.Country == "SE" && r.ValidTo == null).Select(r => r.Code).ToListAsync();
        var keys = regions.Select(c => RegionKey.Format("SE", c)).Append("SE").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = keys.SelectMany((key, i) => Enumerable.Range(2015, 10).Select(year =>
                new ObservationRow(key, year.ToString(CultureInfo.InvariantCulture), "", i + (year / 10_000.0), ValueStatus.Present)))
            .Concat(Enumerable.Range(2015, 10).SelectMany(year => new[] { "sex=women", "sex=men" }.Select(sex =>
                new ObservationRow("SE-17", year.ToString(CultureInfo.InvariantCulture), sex, year, ValueStatus.Present))))
            .Concat(Enumerable.Range(2015, 10).Select(year =>
                new ObservationRow("SE-1780", year.ToString(CultureInfo.InvariantCulture), "sex=women", year, ValueStatus.Present)))
            .ToList();
        await Importer(db, database).ImportAsync(MeasureId, Origin, rows);
        var expected = rows.Where(r => r.Breakdown.Length == 0 || r.RegionKey == "SE-17")
            .Select(r => (r.RegionKey, r.Breakdown, r.Period, r.Value))
            .Order()
            .ToList();

        await using var read = database.CreateContext();
        var points = await IndicatorAnalysisService.ReadPointsAsync(read, MeasureId, "SE-17", CancellationToken.None);

        Assert.True(expected.Count > 3 * 1024, $"{expected.Count} points fill fewer than three chunks");
        Assert.Equal(expected, points.Select(p => (p.RegionKey, p.Breakdown, p.Period, p.Value)).Order().ToList());
        var periods = points.Where(p => p.Period == "2020").Select(p => p.Period).ToList();
        Assert.All(periods, p => Assert.Same(periods[0], p));
    }

    private static readonly ImportOrigin Origin = new("csv", null, "analysis-test.csv");

    private static async Task ImportAsync(RiktningDb db, TestDatabase database)
    {
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        ObservationRow[] rows =
        [
            new("SE-17", "2021", "", 78, ValueStatus.Present),
            new("SE-17", "2022", "", null, ValueStatus.Missing),
            new("SE-17", "2023", "", 79.5, ValueStatus.Present),
            new("SE-17", "2023", "sex=women", 77, ValueStatus.Present),
            new("SE-17", "2023", "sex=men", 82, ValueStatus.Present),
            new("SE", "2023", "", 80, ValueStatus.Present),
            new("SE-01", "2023", "", 83, ValueStatus.Present),
            new("SE-25", "2023", "", 79.5, ValueStatus.Present),
            new("SE-1780", "2023", "", 81, ValueStatus.Present),
            new("SE-1737", "2023", "", 75, ValueStatus.Present),
            new("SE-1715", "2023", "", 78, ValueStatus.Present),
            new("NO-34", "2023", "", 74, ValueStatus.Present),
        ];
        await Importer(db, database).ImportAsync(MeasureId, Origin, rows);
    }

    private static ObservationImporter Importer(RiktningDb db, TestDatabase database) =>
        TestImporters.Importer(db, database);
}
