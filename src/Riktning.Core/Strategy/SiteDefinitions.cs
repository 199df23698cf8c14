using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Riktning.Data;
using Riktning.Setup;

namespace Riktning.Strategy;

/// <summary>
/// Which strategy and cooperation framework the public site shows, by configuration or else the first loaded. Every
/// page and API answer needs them, so they are kept in memory keyed by the store's newest revision
/// (<see cref="StoreVersionMonitor"/>): a request costs no query, and a newly loaded revision is shown within
/// <see cref="RiktningOptions.StoreVersionCheckInterval"/> (at once when loaded by this process).
/// </summary>
public sealed class SiteDefinitions(IServiceScopeFactory scopes, StoreVersionMonitor versions, IMemoryCache cache, IOptions<RiktningOptions> options)
{
    /// <summary>Old keys become unreachable when a revision is stored; the expiry only returns their memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async ValueTask<LoadedDefinition?> StrategyAsync(int? revision, CancellationToken cancellationToken) =>
        await LoadAsync(DefinitionKind.Strategy, options.Value.Strategy, revision, cancellationToken);

    public async ValueTask<LoadedDefinition?> CooperationAsync(CancellationToken cancellationToken) =>
        await LoadAsync(DefinitionKind.Cooperation, options.Value.Cooperation, null, cancellationToken);

    private async ValueTask<LoadedDefinition?> LoadAsync(DefinitionKind kind, string? id, int? revision, CancellationToken cancellationToken)
    {
        var version = await versions.CurrentAsync(cancellationToken);
        var key = new CacheKey(kind, revision, version.LatestRevision);
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
        }

        return cache.Set(key, loaded, Lifetime);
    }

    private sealed record CacheKey(DefinitionKind Kind, int? Revision, int LatestRevision);
}
