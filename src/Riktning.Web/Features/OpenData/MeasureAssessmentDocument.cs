using Riktning.Analysis;

namespace Riktning.Web.Features.OpenData;

/// <summary>How one measure has moved since the strategy's baseline, judged against the direction the strategy wants.</summary>
public sealed record MeasureAssessmentDocument(string Measure, Assessment Assessment);
