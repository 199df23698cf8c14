namespace Riktning.Web.Features.Strategy;

/// <summary>The stored revisions: a new one is a new store version, so anonymous views are served from the rendered HTML (<see cref="PageOutputCache"/>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class RevisionsModel(StrategyCatalog catalog, SiteDefinitions site) : PageModel
{
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    /// <summary>The site's own strategy, read at <c>/</c>; the others are read under <c>/strategies/{id}/</c>.</summary>
    public string? SiteStrategyId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Revisions = await catalog.ListAsync(cancellationToken);
        SiteStrategyId = (await site.StrategyAsync(null, cancellationToken))?.Definition.Id;
    }

    /// <summary>Where a strategy's revision is read.</summary>
    public string ReadAddress(RevisionSummary revision) =>
        $"{StrategyPathBase.Root(revision.DefinitionId == SiteStrategyId ? null : revision.DefinitionId)}?revision={revision.Number}";
}
