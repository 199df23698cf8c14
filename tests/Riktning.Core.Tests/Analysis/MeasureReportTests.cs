using Riktning.Analysis;
using Riktning.Importing;
using Riktning.Regions;

namespace Riktning.Core.Tests.Analysis;

public sealed class MeasureReportTests
{
    private static readonly string[] Municipalities = ["SE-1715", "SE-1780", "SE-1781", "SE-1782"];

    private static List<RegionPoint> Points() =>
    [
        new("SE-17", "", "2022", 70),
        new("SE-17", "", "2023", 71.5),
        new("SE", "", "2022", 68),
        new("SE", "", "2023", 69),
        new("SE-01", "", "2023", 75),
        new("SE-03", "", "2022", 66),
        new("NO-34", "", "2022", 60),
        new("SE-17", "sex=women", "2022", 72),
        new("SE-17", "sex=men", "2022", 66),
        new("SE-17", "sex=women", "2023", 74.5),
        new("SE-17", "sex=men", "2023", 68.25),
        new("SE-17", "age=20-64", "2023", 80),
        new("SE-17", "age=65+", "2023", null, ValueStatus.Confidential),
        new("SE-17", "age=20-64;sex=women", "2023", 81),
        new("SE-1715", "", "2023", 60),
        new("SE-1780", "", "2023", 90),
        new("SE-1781", "", "2023", 75),
        new("SE-1782", "", "2023", null, ValueStatus.Missing),
        new("SE-1780", "", "2022", 88),
    ];

    [Fact]
    public void From_Data_OffersDimensionsAndComparisonsTheDataHas()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, ReportSelection.Default);

        Assert.Equal(["total", "age", "sex", "age,sex", "municipality"], report.Dimensions);
        // Other counties first, then Norwegian regions; never the region itself, its country or a municipality.
        Assert.Equal(["SE-01", "SE-03", "NO-34"], report.ComparisonOptions);
    }

    [Fact]
    public void From_Comparisons_OverTimeHasAColumnPerRegionAndEmptyCellsWhereNoFigure()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("total", ["NO-34", "SE-01", "SE-99"]));

        Assert.Equal(["SE-17", "SE", "SE-01", "NO-34"], report.Columns);
        Assert.Equal(["2022", "2023"], report.OverTime.Select(r => r.Period));
        Assert.Equal([70, 68, null, 60], report.OverTime[0].Cells.Select(c => c?.Value));
        Assert.Equal([71.5, 69, 75, null], report.OverTime[1].Cells.Select(c => c?.Value));
    }

    [Fact]
    public void From_Total_BreakdownIsRegionAndCountryInTheRegionsLatestPeriod()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, ReportSelection.Default);

        Assert.Equal("2023", report.BreakdownPeriod);
        Assert.Equal([("SE-17", 71.5), ("SE", 69.0)], report.Breakdown.Select(b => (b.RegionKey, b.Cell.Value!.Value)));
    }

    [Fact]
    public void From_Sex_WomenMenAndGapOfTheLatestPeriod()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("sex", []));

        Assert.Equal("2023", report.BreakdownPeriod);
        Assert.Equal(["men", "women"], report.Breakdown.Select(b => b.Category));
        Assert.Equal("sex=women", report.Breakdown[1].Breakdown);
        Assert.Equal(74.5, report.Gap?.Women);
        Assert.Equal(68.25, report.Gap?.Men);
        Assert.Equal(6.25, report.Gap?.Gap);
    }

    [Fact]
    public void From_Age_EachGroupKeepsItsStatusAndCrossedSeriesAreLeftOut()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("age", []));

        Assert.Equal(["20-64", "65+"], report.Breakdown.Select(b => b.Category));
        Assert.Equal(new ReportCell(null, ValueStatus.Confidential), report.Breakdown[1].Cell);
        Assert.Null(report.Gap);
    }

    [Fact]
    public void From_Municipality_EveryMunicipalityAndSpreadOverThoseWithValues()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("municipality", []));

        Assert.Equal(Municipalities, report.Breakdown.Select(b => b.RegionKey));
        Assert.Equal(3, report.Spread?.Count);
        Assert.Equal(new RegionValue("SE-1715", 60), report.Spread?.Min);
        Assert.Equal(new RegionValue("SE-1780", 90), report.Spread?.Max);
        Assert.Equal(75, report.Spread?.Median);
        Assert.Equal(30, report.Spread?.Spread);
    }

    [Fact]
    public void From_UnknownDimension_FallsBackToTotal()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("education", []));

        Assert.Equal("total", report.Dimension);
    }

    [Fact]
    public void From_NoData_EmptyTablesAndNoPeriod()
    {
        var report = MeasureReport.From([], "SE-17", Municipalities, ReportSelection.Default);

        Assert.Equal(["total"], report.Dimensions);
        Assert.Empty(report.OverTime);
        Assert.Empty(report.Breakdown);
        Assert.Null(report.BreakdownPeriod);
    }

    [Fact]
    public void From_MunicipalityGroup_MeansTheRegionsMunicipalitiesPerGroupAgainstTheWholeCountrysGroup()
    {
        var grouping = new MunicipalityGrouping(
            "types",
            "Typer",
            "types.csv",
            [("city", "Stad"), ("rural", "Landsbygd"), ("coast", "Kust")],
            new Dictionary<string, string> { ["SE-1780"] = "city", ["SE-0180"] = "city", ["SE-1781"] = "rural", ["SE-1782"] = "rural", ["SE-2480"] = "rural", ["SE-1280"] = "coast" });
        var elsewhere = new MunicipalityGrouping("other", "Annan", "other.csv", [("x", "X")], new Dictionary<string, string> { ["SE-0180"] = "x" });
        List<RegionPoint> points = [.. Points(), new("SE-0180", "", "2023", 100), new("SE-2480", "", "2023", 65), new("SE-1280", "", "2022", 50), new("NO-3401", "", "2023", 1)];

        var report = MeasureReport.From(points, "SE-17", Municipalities, new ReportSelection("municipality-group:types", []), [grouping, elsewhere]);

        // Only a classification that places any of the region's municipalities is offered.
        Assert.Equal(["total", "age", "sex", "age,sex", "municipality", "municipality-group:types"], report.Dimensions);
        Assert.Equal("municipality-group:types", report.Dimension);
        Assert.Same(grouping, report.Grouping);
        Assert.Equal("2023", report.BreakdownPeriod);
        // The rows are the region's municipalities, so the download selects the figures the means are taken from.
        Assert.Equal(Municipalities, report.Breakdown.Select(b => b.RegionKey).Order(StringComparer.Ordinal));

        // Stad: Karlstad 90; the country's Stad: (90 + 100) / 2. Landsbygd: Kristinehamn 75 (Filipstad has no value);
        // the country's: (75 + 65) / 2. Kust has none of Värmland's municipalities. Kil (1715) is in no group.
        Assert.Equal(["city", "rural", null], report.Groups.Select(g => g.Code));
        var (city, rural, none) = (report.Groups[0], report.Groups[1], report.Groups[2]);
        Assert.Equal((90.0, 1, 95.0, 2), (city.Mean, city.WithValue, city.CountryMean, city.CountryCount));
        Assert.Equal((75.0, 1, 70.0, 2), (rural.Mean, rural.WithValue, rural.CountryMean, rural.CountryCount));
        Assert.Equal(["SE-1781", "SE-1782"], rural.Municipalities.Select(m => m.RegionKey).Order(StringComparer.Ordinal));
        Assert.Equal((75.0, 75.0), (rural.Spread!.Min.Value, rural.Spread.Max.Value));
        Assert.Equal((60.0, (string?)null, 0, (double?)null), (none.Mean, none.Name, none.CountryCount, none.CountryMean));
        Assert.Null(report.Spread);
    }

    [Fact]
    public void From_MunicipalityGroupWithoutClassification_FallsBackToTotal()
    {
        var report = MeasureReport.From(Points(), "SE-17", Municipalities, new ReportSelection("municipality-group:types", []));

        Assert.Equal("total", report.Dimension);
        Assert.Null(report.Grouping);
        Assert.Empty(report.Groups);
        Assert.DoesNotContain(report.Dimensions, d => d.StartsWith("municipality-group", StringComparison.Ordinal));
    }

    [Fact]
    public void From_CrossedBreakdown_PutsSexInColumnsAndGivesEachRowsGap()
    {
        List<RegionPoint> points = [.. Points(), new("SE-17", "age=20-64;sex=men", "2023", 77), new("SE-17", "age=65+;sex=women", "2023", null, ValueStatus.Confidential), new("SE-17", "age=20-64;sex=women", "2022", 79)];

        var report = MeasureReport.From(points, "SE-17", Municipalities, new ReportSelection("age,sex", []));

        Assert.Equal(["total", "age", "sex", "age,sex", "municipality"], report.Dimensions);
        Assert.Equal("2023", report.BreakdownPeriod);
        var crossed = report.Crossed!;
        Assert.Equal(("age", "sex"), (crossed.RowKey, crossed.ColumnKey));
        Assert.Equal(["20-64", "65+"], crossed.Rows);
        Assert.Equal(["women", "men"], crossed.Columns);
        Assert.Equal(81, crossed.Cell("20-64", "women")!.Cell.Value);
        Assert.Null(crossed.Cell("65+", "men"));
        Assert.Equal(ValueStatus.Confidential, crossed.Cell("65+", "women")!.Cell.Status);
        Assert.Equal(4, crossed.Gap("20-64")!.Gap);
        Assert.Null(crossed.Gap("65+")!.Gap);
        Assert.Equal(3, report.Breakdown.Count);
    }
}
