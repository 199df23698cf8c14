using Riktning.Analysis;
using Riktning.Importing;
using Riktning.Strategy;

namespace Riktning.Core.Tests.Analysis;

public sealed class PerInhabitantTests
{
    [Fact]
    public void Totals_DividesByThePopulationOfTheSameRegionAndPeriodOnly()
    {
        RegionPoint[] counts =
        [
            new("SE-17", "", "2023", 13_000, BatchId: 4),
            new("SE-17", "", "2022", 12_600),
            new("SE-01", "", "2023", 1_000),
            new("SE-03", "", "2023", 500),
            new("SE-04", "", "2023", null, ValueStatus.Confidential),
            new("SE-17", "sex=women", "2023", 7_000),
        ];
        RegionPoint[] population =
        [
            new("SE-17", "", "2023", 169_000),
            new("SE-17", "", "2021", 170_000),
            new("SE-01", "", "2023", 10_000),
            new("SE-03", "", "2023", 0),
            new("SE-04", "", "2023", 9_000),
            new("SE-17", "sex=women", "2023", 80_000),
        ];

        var rates = PerInhabitant.Totals(counts, population);

        // 2022 has no population in Värmland (never 2021's), Södermanland none above zero, Uppsala no number, the breakdown is left out.
        Assert.Equal(2, rates.Count);
        var varmland = Assert.Single(rates, r => r.RegionKey == "SE-17");
        Assert.Equal(13_000 * 1000.0 / 169_000, varmland.Value!.Value, 9);
        Assert.Equal(("2023", 4), (varmland.Period, varmland.BatchId));
        Assert.Equal(100, Assert.Single(rates, r => r.RegionKey == "SE-01").Value);
    }

    [Theory]
    [InlineData(MeasureKind.Share, "pop", true, ComparisonScale.AsPublished)]
    [InlineData(null, null, false, ComparisonScale.AsPublished)]
    [InlineData(MeasureKind.Count, null, true, ComparisonScale.CountWithoutPopulationMeasure)]
    [InlineData(MeasureKind.Count, "matt", true, ComparisonScale.CountIsPopulation)]
    [InlineData(MeasureKind.Count, "pop", false, ComparisonScale.CountWithoutPopulation)]
    [InlineData(MeasureKind.Count, "pop", true, ComparisonScale.PerThousandInhabitants)]
    public void ScaleFor_OnlyCountsNeedAPopulation(MeasureKind? kind, string? population, bool regionHasPopulation, ComparisonScale expected) =>
        Assert.Equal(expected, PerInhabitant.ScaleFor(kind, "matt", population, regionHasPopulation));

    [Fact]
    public void IndexSeries_IndexesEveryColumnOnTheRegionsFirstFigureFromTheBaselineYear()
    {
        PeriodRow[] rows =
        [
            new("2020", [new ReportCell(10, ValueStatus.Present), new ReportCell(50, ValueStatus.Present)]),
            new("2021", [null, new ReportCell(80, ValueStatus.Present)]),
            new("2022", [new ReportCell(20, ValueStatus.Present), new ReportCell(100, ValueStatus.Present)]),
            new("2023", [new ReportCell(30, ValueStatus.Present, ObservationFlags.Provisional), new ReportCell(null, ValueStatus.Confidential)]),
        ];

        var (indexBase, indexed) = IndexSeries.Of(rows, 2021);

        // Värmland has no 2021 figure: the base is its first figure after, 2022.
        Assert.Equal("2022", indexBase);
        Assert.Equal([50, null, 100, 150], indexed.Select(r => r.Cells[0]?.Value));
        Assert.Equal([50, 80, 100, null], indexed.Select(r => r.Cells[1]?.Value));
        Assert.Equal(ObservationFlags.Provisional, indexed[3].Cells[0]!.Value.Flags);
        Assert.Equal(ValueStatus.Confidential, indexed[3].Cells[1]!.Value.Status);
    }

    [Fact]
    public void IndexSeries_WithoutAnyRegionFigure_HasNoBase()
    {
        PeriodRow[] rows = [new("2021", [new ReportCell(null, ValueStatus.Missing), new ReportCell(5, ValueStatus.Present)])];

        var (indexBase, indexed) = IndexSeries.Of(rows, 2021);

        Assert.Null(indexBase);
        Assert.Same(rows, indexed);
    }
}
