using Riktning.Analysis;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// An indicator's assessment in the strategy's region: one status from its measures (mixed when they disagree), the
/// measures counted by assessment, and each measure's own.
/// </summary>
public sealed record IndicatorAssessmentDocument(
    string Indicator, string Goal, string FocusArea, string Region, IndicatorStatus Status,
    int Better, int Worse, int Unchanged, int NotEnoughData, IReadOnlyList<MeasureAssessmentDocument> Measures);
