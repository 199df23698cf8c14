using Riktning.Analysis;
using Riktning.Importing;

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

        Assert.Equal(["total", "age", "sex", "municipality"], report.Dimensions);
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
}
