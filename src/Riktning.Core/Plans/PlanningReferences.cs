namespace Riktning.Plans;

/// <summary>What plans and interventions are validated against: the current strategy, the organisations and the plans.</summary>
public sealed record PlanningReferences(StrategyDefinition Strategy, IReadOnlyDictionary<string, int> OrganisationIds, IReadOnlySet<int> PlanIds);
