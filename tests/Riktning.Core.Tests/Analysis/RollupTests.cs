using Riktning.Analysis;
using Riktning.Strategy;
using Riktning.Text;

namespace Riktning.Core.Tests.Analysis;

public sealed class RollupTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, IndicatorStatus.NotEnoughData)]
    [InlineData(0, 0, 0, 3, IndicatorStatus.NotEnoughData)]
    [InlineData(2, 0, 0, 1, IndicatorStatus.Better)]
    [InlineData(0, 1, 0, 0, IndicatorStatus.Worse)]
    [InlineData(0, 0, 1, 2, IndicatorStatus.Unchanged)]
    [InlineData(1, 1, 0, 0, IndicatorStatus.Mixed)]
    [InlineData(1, 0, 1, 0, IndicatorStatus.Mixed)]
    public void Status_Counts_AgreeingMeasuresDecideAndDisagreementIsMixed(int better, int worse, int unchanged, int notEnough, IndicatorStatus expected)
    {
        var status = new AssessmentCounts(better, worse, unchanged, notEnough).Status;

        Assert.Equal(expected, status);
    }

    [Fact]
    public void Count_TwoAreas_CountsMeasuresAtEveryLevelAndMissingAsNotEnoughData()
    {
        var definition = Definition(
            Area("a1",
                Goal("g1", Indicator("i1", "m1", "m2"), Indicator("i2", "m3")),
                Goal("g2", Indicator("i3", "m4"))),
            Area("a2",
                Goal("g3", Indicator("i4", "m5", "m6", "m7"))));
        var assessments = new Dictionary<string, Assessment>
        {
            ["m1"] = Assessment.Better,
            ["m2"] = Assessment.Worse,
            ["m3"] = Assessment.Better,
            ["m4"] = Assessment.Unchanged,
            ["m5"] = Assessment.Worse,
            ["m6"] = Assessment.NotEnoughData,
        };

        var rollup = Rollup.Count(definition, assessments, "SE-17");

        Assert.Equal(new AssessmentCounts(2, 2, 1, 2), rollup.Counts);
        Assert.Equal(new AssessmentCounts(2, 1, 1, 0), rollup.FocusAreas[0].Counts);
        Assert.Equal(new AssessmentCounts(2, 1, 0, 0), rollup.FocusAreas[0].Goals[0].Counts);
        Assert.Equal(new AssessmentCounts(1, 1, 0, 0), rollup.FocusAreas[0].Goals[0].Indicators[0].Counts);
        Assert.Equal(new AssessmentCounts(0, 0, 1, 0), rollup.FocusAreas[0].Goals[1].Counts);
        Assert.Equal(new AssessmentCounts(0, 1, 0, 2), rollup.FocusAreas[1].Counts);
        Assert.Equal(Assessment.NotEnoughData, rollup.FocusAreas[1].Goals[0].Indicators[0].Measures["m7"]);
        Assert.Equal(7, rollup.Counts.Total);
    }

    internal static StrategyDefinition Definition(params FocusArea[] areas) => new()
    {
        Id = "test-strategy",
        Kind = DefinitionKind.Strategy,
        Title = new LocalizedText("Test"),
        Owner = "Region Värmland",
        Region = "SE-17",
        Revision = new RevisionInfo("2025", null, null, 2021, null),
        FocusAreas = areas,
    };

    internal static FocusArea Area(string id, params Goal[] goals) => new(id, new LocalizedText(id), new LocalizedText(id), null, goals);

    internal static Goal Goal(string id, params Indicator[] indicators) => new(id, new LocalizedText(id), null, [], indicators);

    internal static Indicator Indicator(string id, params string[] measures) => Indicator(id, Direction.Increase, [.. measures.Select(m => Measure(m))]);

    internal static Indicator Indicator(string id, Direction direction, params Measure[] measures) => new(id, new LocalizedText(id), null, direction, [], measures);

    internal static Measure Measure(string id, Direction? direction = null) => new(id, new LocalizedText(id), "procent", direction, new MeasureSource(SourceType.None, null, null));
}
