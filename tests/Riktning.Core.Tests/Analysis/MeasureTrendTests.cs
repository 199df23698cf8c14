using Riktning.Analysis;
using Riktning.Importing;
using Riktning.Strategy;

namespace Riktning.Core.Tests.Analysis;

public sealed class MeasureTrendTests
{
    private const int Baseline = 2021;

    [Fact]
    public void From_IncreasingSeries_IsBetterWithChangesSinceBaselineAndPrevious()
    {
        SeriesPoint[] points = [new("2023", 66), new("2020", 50), new("2021", 60), new("2022", 62)];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(Assessment.Better, trend.Assessment);
        Assert.Equal(("2023", 66.0), (trend.LatestPeriod, trend.LatestValue));
        Assert.Equal(("2021", 60.0), (trend.BaselinePeriod, trend.BaselineValue));
        Assert.False(trend.BaselineIsSubstitute);
        Assert.Equal(6.0, trend.ChangeSinceBaseline);
        Assert.Equal(0.1, trend.RelativeChangeSinceBaseline!.Value, 12);
        Assert.Equal(("2022", 62.0), (trend.PreviousPeriod, trend.PreviousValue));
        Assert.Equal(4.0, trend.ChangeSincePrevious);
        Assert.Equal(4.0 / 62.0, trend.RelativeChangeSincePrevious!.Value, 12);
        Assert.Equal(0.6, trend.Tolerance!.Value, 12);
    }

    [Theory]
    [InlineData(Direction.Decrease, 10.0, 8.0, Assessment.Better)]
    [InlineData(Direction.Decrease, 10.0, 12.0, Assessment.Worse)]
    [InlineData(Direction.Increase, 10.0, 8.0, Assessment.Worse)]
    public void From_Direction_JudgesTheChangeByIt(Direction direction, double baseline, double latest, Assessment expected)
    {
        SeriesPoint[] points = [new("2021", baseline), new("2024", latest)];

        var trend = MeasureTrend.From(points, direction, Baseline);

        Assert.Equal(expected, trend.Assessment);
        Assert.Equal(latest - baseline, trend.ChangeSinceBaseline);
    }

    [Fact]
    public void From_ChangeWithinOnePercentOfBaseline_IsUnchanged()
    {
        // Tolerance 1 % of 200 = 2; a rise of 1.5 is within it, a rise of exactly 2 too.
        SeriesPoint[] within = [new("2021", 200), new("2024", 201.5)];
        SeriesPoint[] atLimit = [new("2021", 200), new("2024", 202)];
        SeriesPoint[] beyond = [new("2021", 200), new("2024", 202.5)];

        Assert.Equal(Assessment.Unchanged, MeasureTrend.From(within, Direction.Increase, Baseline).Assessment);
        Assert.Equal(Assessment.Unchanged, MeasureTrend.From(atLimit, Direction.Increase, Baseline).Assessment);
        Assert.Equal(Assessment.Better, MeasureTrend.From(beyond, Direction.Increase, Baseline).Assessment);
    }

    [Fact]
    public void From_AbsoluteTolerance_ReplacesTheRelativeOne()
    {
        SeriesPoint[] points = [new("2021", 200), new("2024", 201.5)];
        var options = new MeasureAnalysisOptions { AbsoluteTolerance = 1 };

        var trend = MeasureTrend.From(points, Direction.Decrease, Baseline, options);

        Assert.Equal(Assessment.Worse, trend.Assessment);
        Assert.Equal(1.0, trend.Tolerance);
    }

    [Fact]
    public void From_NoValueInBaselineYear_UsesFirstLaterPeriodAndFlagsIt()
    {
        SeriesPoint[] points = [new("2019", 5), new("2022", 7), new("2023", 9)];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(("2022", 7.0), (trend.BaselinePeriod, trend.BaselineValue));
        Assert.True(trend.BaselineIsSubstitute);
        Assert.Equal(2.0, trend.ChangeSinceBaseline);
        Assert.Equal(Assessment.Better, trend.Assessment);
    }

    [Fact]
    public void From_MissingValues_AreSkippedNotReadAsZero()
    {
        SeriesPoint[] points =
        [
            new("2021", null, ValueStatus.Missing),
            new("2022", 40),
            new("2023", null, ValueStatus.Confidential),
            new("2024", 44),
            new("2025", null, ValueStatus.Missing),
        ];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(("2024", 44.0), (trend.LatestPeriod, trend.LatestValue));
        Assert.Equal(("2022", 40.0), (trend.BaselinePeriod, trend.BaselineValue));
        Assert.True(trend.BaselineIsSubstitute);
        Assert.Equal(4.0, trend.ChangeSinceBaseline);
        Assert.Equal("2022", trend.PreviousPeriod);
        Assert.Equal(4.0, trend.ChangeSincePrevious);
        Assert.Equal(Assessment.Better, trend.Assessment);
    }

    [Fact]
    public void From_OnlyTheBaseline_IsNotEnoughData()
    {
        SeriesPoint[] points = [new("2019", 3), new("2021", 5)];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(Assessment.NotEnoughData, trend.Assessment);
        Assert.Equal("2021", trend.BaselinePeriod);
        Assert.Equal(0.0, trend.ChangeSinceBaseline);
        Assert.Equal(2.0, trend.ChangeSincePrevious);
    }

    [Fact]
    public void From_OnlyValuesBeforeBaseline_IsNotEnoughData()
    {
        SeriesPoint[] points = [new("2018", 3), new("2020", 5)];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(Assessment.NotEnoughData, trend.Assessment);
        Assert.Null(trend.BaselinePeriod);
        Assert.Null(trend.ChangeSinceBaseline);
        Assert.Equal("2020", trend.LatestPeriod);
    }

    [Fact]
    public void From_DirectionToBeDecided_IsNotEnoughDataButStillMeasuresTheChange()
    {
        SeriesPoint[] points = [new("2021", 10), new("2024", 20)];

        var trend = MeasureTrend.From(points, Direction.ToBeDecided, Baseline);

        Assert.Equal(Assessment.NotEnoughData, trend.Assessment);
        Assert.Equal(10.0, trend.ChangeSinceBaseline);
        Assert.Equal(1.0, trend.RelativeChangeSinceBaseline);
    }

    [Fact]
    public void From_NoPoints_IsNotEnoughData()
    {
        var trend = MeasureTrend.From([], Direction.Increase, Baseline);

        Assert.Equal(Assessment.NotEnoughData, trend.Assessment);
        Assert.Null(trend.LatestPeriod);
    }

    [Fact]
    public void From_Quarters_BaselineIsFirstQuarterOfBaselineYear()
    {
        SeriesPoint[] points = [new("2024K3", 12), new("2020K4", 1), new("2021K2", 11), new("2021K1", 10)];

        var trend = MeasureTrend.From(points, Direction.Increase, Baseline);

        Assert.Equal(("2021K1", 10.0), (trend.BaselinePeriod, trend.BaselineValue));
        Assert.False(trend.BaselineIsSubstitute);
        Assert.Equal("2024K3", trend.LatestPeriod);
        Assert.Equal("2021K2", trend.PreviousPeriod);
        Assert.Equal(Assessment.Better, trend.Assessment);
    }

    [Fact]
    public void From_MonthsWithoutJanuaryOfBaselineYear_FlagsTheSubstitute()
    {
        SeriesPoint[] points = [new("2021M01", null, ValueStatus.Missing), new("2021M02", 100), new("2021M12", 90), new("2022M01", 99.5)];

        var trend = MeasureTrend.From(points, Direction.Decrease, Baseline);

        Assert.Equal("2021M02", trend.BaselinePeriod);
        Assert.True(trend.BaselineIsSubstitute);
        Assert.Equal(Assessment.Unchanged, trend.Assessment);
        Assert.Equal(("2021M12", 9.5), (trend.PreviousPeriod, trend.ChangeSincePrevious));
    }
}
