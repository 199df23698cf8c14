namespace Riktning.Cycles;

/// <summary>A plan target with the plan it belongs to.</summary>
public sealed record TargetRow(PlanTarget Target, int PlanId, string PlanName, int OrganisationId, int PlanStartYear, int PlanEndYear);
