namespace Riktning.Cycles;

/// <summary>
/// What the cycle's forms are validated against: the current strategy revision, the Norway cooperation framework (for
/// cooperation areas; null when none is loaded), the organisations by key and the interventions by key.
/// </summary>
public sealed record CycleReferences(
    StrategyDefinition Strategy,
    StrategyDefinition? Cooperation,
    IReadOnlyDictionary<string, int> OrganisationIds,
    IReadOnlyDictionary<string, int> InterventionIds);
