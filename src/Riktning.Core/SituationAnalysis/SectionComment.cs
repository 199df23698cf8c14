namespace Riktning.SituationAnalysis;

/// <summary>An analyst's commentary on one section: <c>summary</c>, <c>area:ID</c> or <c>goal:ID</c> (<see cref="AnalysisSections"/>).</summary>
public sealed record SectionComment(string Section, string Text);
