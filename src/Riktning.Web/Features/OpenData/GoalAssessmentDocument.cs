using Riktning.Analysis;

namespace Riktning.Web.Features.OpenData;

/// <summary>A goal's assessment in the strategy's region: the measures of all its indicators counted by assessment.</summary>
public sealed record GoalAssessmentDocument(
    string Goal, string FocusArea, string Region, IndicatorStatus Status,
    int Better, int Worse, int Unchanged, int NotEnoughData, IReadOnlyList<string> Indicators);
