namespace Riktning.Web.Features.Shared;

/// <summary>A request feature: the strategy a request under <c>/strategies/{id}/</c> asked for (<see cref="StrategyPathBase"/>).</summary>
public sealed record SiteStrategy(string Id);
