namespace Riktning.Web.Features.Cooperation;

/// <summary>The Norway cooperation as its definition describes it; anonymous views come from <see cref="PageOutputCache"/>.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class NorwayModel(SiteDefinitions site, RegionRegistry regions) : PageModel
{
    public LoadedDefinition? Loaded { get; private set; }

    /// <summary>Every period of each partner region's code, so that e.g. Viken shows as 2020–2023.</summary>
    public IReadOnlyList<Region> PartnerRegions { get; private set; } = [];

    /// <summary>Goals of the related strategy by id, to name the goals that cooperation areas link to.</summary>
    public IReadOnlyDictionary<string, Goal> Goals { get; private set; } = new Dictionary<string, Goal>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Loaded = await site.CooperationAsync(cancellationToken);
        if (Loaded is null)
        {
            return;
        }

        var keys = Loaded.Definition.PartnerRegions.ToHashSet(StringComparer.Ordinal);
        var all = await regions.ListAsync(level: RegionLevel.County, cancellationToken: cancellationToken);
        PartnerRegions = [.. all.Where(r => keys.Contains(r.Key)).OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)];

        if (Loaded.Definition.RelatesTo is not null && await site.StrategyAsync(null, cancellationToken) is { } strategy)
        {
            Goals = strategy.Definition.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        }
    }
}
