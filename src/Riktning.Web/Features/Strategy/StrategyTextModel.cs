namespace Riktning.Web.Features.Strategy;

/// <summary>
/// The model of the pages that only show the strategy's own text (about, perspectives): nothing to read but the strategy,
/// so anonymous views are served from their rendered HTML (<see cref="PageOutputCache"/>).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class StrategyTextModel(SiteDefinitions site) : StrategyPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadStrategyAsync(site, cancellationToken) ? Page() : NotFound();
}
