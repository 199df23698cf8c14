namespace Riktning.Plans;

/// <summary>What the plan and intervention pages share: the current strategy, the organisations and the plans to choose from.</summary>
public sealed class PlanningData(SiteDefinitions site, RiktningDb db, OrganisationRegistry organisations)
{
    private StrategyDefinition? _strategy;
    private IReadOnlyList<Organisation>? _organisations;

    /// <summary>Plans and interventions link to the goals of the current revision only.</summary>
    public async Task<StrategyDefinition> StrategyAsync(CancellationToken cancellationToken) =>
        _strategy ??= (await site.StrategyAsync(null, cancellationToken))?.Definition ?? throw new NotFoundException("No strategy is loaded.");

    public async Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken cancellationToken) =>
        _organisations ??= await organisations.ListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, Organisation>> OrganisationsByIdAsync(CancellationToken cancellationToken) =>
        (await OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id);

    public async Task<IReadOnlyDictionary<int, string>> OrganisationKeysAsync(CancellationToken cancellationToken) =>
        (await OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Key);

    public async Task<PlanningReferences> ReferencesAsync(CancellationToken cancellationToken) => new(
        await StrategyAsync(cancellationToken),
        (await OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal),
        (await db.Plans.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet());

    /// <summary>Goal id → name in the reader's language.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GoalNamesAsync(CancellationToken cancellationToken) =>
        (await StrategyAsync(cancellationToken)).Goals.ToDictionary(g => g.Id, g => g.Name.InCurrentLanguage(), StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, string>> PerspectiveNamesAsync(CancellationToken cancellationToken) =>
        (await StrategyAsync(cancellationToken)).Perspectives.ToDictionary(p => p.Id, p => p.Name.InCurrentLanguage(), StringComparer.Ordinal);
}
