namespace Riktning.SituationAnalysis;

/// <summary>The sections an analyst comments on: the whole analysis, each focus area and each goal of the definition.</summary>
public static class AnalysisSections
{
    public const string Summary = "summary";

    public static string Area(string focusAreaId) => "area:" + focusAreaId;

    public static string Goal(string goalId) => "goal:" + goalId;

    /// <summary>Every section of <paramref name="definition"/>, in reading order.</summary>
    public static IReadOnlyList<string> Of(StrategyDefinition definition) =>
        [Summary, .. definition.FocusAreas.SelectMany(a => a.Goals.Select(g => Goal(g.Id)).Prepend(Area(a.Id)))];
}
