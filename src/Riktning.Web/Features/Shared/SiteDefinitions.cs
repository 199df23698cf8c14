using Microsoft.Extensions.Options;
using Riktning.Setup;
using Riktning.Strategy;

namespace Riktning.Web.Features.Shared;

/// <summary>Which strategy and cooperation framework the public site shows, by configuration or else the first loaded.</summary>
public sealed class SiteDefinitions(StrategyCatalog catalog, IOptions<RiktningOptions> options)
{
    public async Task<LoadedDefinition?> StrategyAsync(int? revision, CancellationToken cancellationToken) =>
        options.Value.Strategy is { Length: > 0 } id
            ? await catalog.GetAsync(id, revision, cancellationToken)
            : await catalog.GetFirstOfKindAsync(DefinitionKind.Strategy, cancellationToken);

    public async Task<LoadedDefinition?> CooperationAsync(CancellationToken cancellationToken) =>
        options.Value.Cooperation is { Length: > 0 } id
            ? await catalog.GetAsync(id, null, cancellationToken)
            : await catalog.GetFirstOfKindAsync(DefinitionKind.Cooperation, cancellationToken);
}
