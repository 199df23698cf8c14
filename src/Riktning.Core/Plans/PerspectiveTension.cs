namespace Riktning.Plans;

/// <summary>A perspective judged to gain and one judged to lose in the same interventions, and the goals they touch.</summary>
public sealed record PerspectiveTension(string Positive, string Negative, int Interventions, IReadOnlyList<string> GoalIds);
