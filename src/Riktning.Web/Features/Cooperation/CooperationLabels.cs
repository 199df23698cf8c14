using Riktning.CrossBorder;
using Riktning.Text;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Names for the ids a cross-border item links to (framework areas, goals, regions, organisations), loaded once per
/// request. An id the current definitions no longer know is shown as it is rather than hidden.
/// </summary>
public sealed class CooperationLabels
{
    private CooperationLabels()
    {
    }

    public StrategyDefinition? Framework { get; private init; }

    public IReadOnlyList<Goal> Goals { get; private init; } = [];

    /// <summary>The current strategy, for the keys for change, smart specialisations and missions a project links to.</summary>
    public StrategyDefinition? Strategy { get; private init; }

    public IReadOnlyList<Organisation> Organisations { get; private init; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private init; } = new Dictionary<string, string>();

    public IReadOnlyList<NamedItem> BusinessAreas => Framework?.BusinessAreas ?? [];

    public IReadOnlyList<CooperationArea> CooperationAreas => Framework?.CooperationAreas ?? [];

    public IReadOnlyList<Recommendation> Recommendations => Framework?.Recommendations ?? [];

    public static async Task<CooperationLabels> LoadAsync(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, CancellationToken cancellationToken)
    {
        var framework = (await registry.FrameworkAsync(cancellationToken))?.Definition;
        var strategy = (await registry.StrategyAsync(cancellationToken))?.Definition;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // The latest name of each key wins (NO-30 is Viken; a reused code shows its current name).
        foreach (var region in (await regions.ListAsync(cancellationToken: cancellationToken)).OrderBy(r => r.ValidFrom))
        {
            names[region.Key] = region.Name;
        }

        return new CooperationLabels
        {
            Framework = framework,
            Goals = strategy?.FocusAreas.SelectMany(f => f.Goals).ToList() ?? [],
            Strategy = strategy,
            Organisations = await organisations.ListAsync(cancellationToken),
            RegionNames = names,
        };
    }

    public LocalizedText? CooperationArea(string id) => CooperationAreas.FirstOrDefault(a => a.Id == id)?.Name;

    public LocalizedText? BusinessArea(string id) => BusinessAreas.FirstOrDefault(a => a.Id == id)?.Name;

    public LocalizedText? Recommendation(string id) => Recommendations.FirstOrDefault(a => a.Id == id)?.Name;

    public LocalizedText? Goal(string id) => Goals.FirstOrDefault(g => g.Id == id)?.Name;

    public string Region(string key) => RegionNames.TryGetValue(key, out var name) ? name : key;

    public Organisation? Organisation(string key) => Organisations.FirstOrDefault(o => o.Key == key);

    public Organisation? Organisation(int? id) => id is null ? null : Organisations.FirstOrDefault(o => o.Id == id);

    public string OrganisationName(string key) => Organisation(key)?.Name ?? key;
}
