namespace Riktning.Plans;

/// <summary>The judged effect on one perspective, with the reason (required unless neutral).</summary>
public sealed record PerspectiveAssessment(string PerspectiveId, PerspectiveEffect Effect, string? Motivation);
