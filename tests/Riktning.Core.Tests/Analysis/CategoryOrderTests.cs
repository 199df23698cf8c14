using Riktning.Analysis;
using Riktning.Importing;

namespace Riktning.Core.Tests.Analysis;

public sealed class CategoryOrderTests
{
    [Fact]
    public void Order_AgeGroups_ByTheirFirstYearNotByteWise()
    {
        string[] codes = ["20-29", "100+", "10-19", "5-9", "90-99", "0-4", "okänd"];

        Assert.Equal(["0-4", "5-9", "10-19", "20-29", "90-99", "100+", "okänd"], codes.Order(CategoryOrder.Instance));
    }

    [Fact]
    public void MeasureReport_AgeBreakdown_PutsHundredPlusLast()
    {
        RegionPoint[] points =
        [
            new("SE-17", "", "2023", 100),
            new("SE-17", "age=10-19", "2023", 10),
            new("SE-17", "age=100+", "2023", 1),
            new("SE-17", "age=20-29", "2023", 20),
            new("SE-17", "age=0-9", "2023", 9, ValueStatus.Present),
        ];

        var report = MeasureReport.From(points, "SE-17", [], new ReportSelection("age", []));

        Assert.Equal(["0-9", "10-19", "20-29", "100+"], report.Breakdown.Select(b => b.Category));
    }
}
