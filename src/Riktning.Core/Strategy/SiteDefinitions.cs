using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Riktning.Setup;
using Riktning.Text;

namespace Riktning.Strategy;

/// <summary>
/// Which strategy and cooperation framework the public site shows, by configuration or else the first loaded; other
/// loaded strategies are shown under <c>/strategies/{id}/</c> (the web's <c>StrategyPathBase</c>). Every page and API answer
/// needs them, so they are kept in memory keyed by the store's newest revision (<see cref="StoreVersionMonitor"/>): a
/// request costs no query, and a newly loaded revision is shown within <see cref="RiktningOptions.StoreVersionCheckInterval"/>
/// (at once when loaded by this process).
/// </summary>
public sealed class SiteDefinitions(IServiceScopeFactory scopes, StoreVersionMonitor versions, IMemoryCache cache, IOptions<RiktningOptions> options)
{
    /// <summary>Old keys become unreachable when a revision is stored; the expiry only returns their memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The site's own strategy (the configured one, else the first loaded).</summary>
    public async ValueTask<LoadedDefinition?> StrategyAsync(int? revision, CancellationToken cancellationToken) =>
        await LoadAsync(DefinitionKind.Strategy, options.Value.Strategy, revision, cancellationToken);

    /// <summary>The strategy <paramref name="id"/>, or the site's own when null; null when no such strategy is loaded.</summary>
    public async ValueTask<LoadedDefinition?> StrategyAsync(string? id, int? revision, CancellationToken cancellationToken) =>
        await LoadAsync(DefinitionKind.Strategy, id ?? options.Value.Strategy, revision, cancellationToken);

    public async ValueTask<LoadedDefinition?> CooperationAsync(CancellationToken cancellationToken) =>
        await LoadAsync(DefinitionKind.Cooperation, options.Value.Cooperation, null, cancellationToken);

    private async ValueTask<LoadedDefinition?> LoadAsync(DefinitionKind kind, string? id, int? revision, CancellationToken cancellationToken)
    {
        var version = await versions.CurrentAsync(cancellationToken);
        var key = new CacheKey(kind, id, revision, version.LatestRevision);
        if (cache.TryGetValue(key, out LoadedDefinition? loaded))
        {
            return loaded;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<StrategyCatalog>();
            loaded = id is { Length: > 0 }
                ? await catalog.GetAsync(id, revision, cancellationToken)
                : await catalog.GetFirstOfKindAsync(kind, cancellationToken);
            if (loaded is not null && loaded.Definition.Kind != kind)
            {
                loaded = null;
            }

            if (loaded is { Definition.Kind: DefinitionKind.Strategy })
            {
                loaded = loaded with { Definition = await WithRegionAsync(loaded.Definition, catalog, scope.ServiceProvider.GetRequiredService<RegionRegistry>(), cancellationToken) };
            }
        }

        return cache.Set(key, loaded, Lifetime);
    }

    /// <summary>
    /// The strategy's region and the name its texts use: a revision stored before strategies named their region takes
    /// the current revision's; without a name of its own, the region's current name in the registry ("Värmlands län").
    /// </summary>
    private static async Task<StrategyDefinition> WithRegionAsync(StrategyDefinition definition, StrategyCatalog catalog, RegionRegistry regions, CancellationToken cancellationToken)
    {
        if (definition.Region is null && await catalog.GetAsync(definition.Id, null, cancellationToken) is { } current)
        {
            definition = definition with { Region = current.Definition.Region, RegionName = definition.RegionName ?? current.Definition.RegionName };
        }

        if (definition.RegionName is null && definition.Region is { } region && RegionKey.TryParse(region, out var key))
        {
            var name = (await regions.ListAsync(key.Country, cancellationToken: cancellationToken))
                .Where(r => r.Key == region)
                .OrderBy(r => r.ValidFrom)
                .LastOrDefault()?.Name;
            definition = definition with { RegionName = new LocalizedText(name ?? region) };
        }

        return definition;
    }

    private sealed record CacheKey(DefinitionKind Kind, string? Id, int? Revision, int LatestRevision);
}
