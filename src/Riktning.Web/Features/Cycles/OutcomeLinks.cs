namespace Riktning.Web.Features.Cycles;

/// <summary>Names for what outcomes link to: goals and indicators of the strategy, cooperation areas, interventions by id.</summary>
public sealed record OutcomeLinks(StrategyDefinition Strategy, StrategyDefinition? Cooperation, IReadOnlyDictionary<int, string> Interventions);
