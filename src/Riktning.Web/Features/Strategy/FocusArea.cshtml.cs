using Riktning.Analysis;

namespace Riktning.Web.Features.Strategy;

/// <summary>Between imports the page cannot change: anonymous views are served from its rendered HTML (<see cref="PageOutputCache"/>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class FocusAreaModel(SiteDefinitions site, IndicatorAnalysisService analysis) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    /// <summary>The assessments of the area's measures in the strategy's region, counted per goal.</summary>
    public FocusAreaRollup? Rollup { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken) || Strategy.FocusAreas.FirstOrDefault(a => a.Id == id) is not { } area)
        {
            return NotFound();
        }

        Area = area;
        var rollup = await analysis.RollupAsync(Strategy, cancellationToken: cancellationToken);
        Rollup = rollup.FocusAreas.FirstOrDefault(a => a.FocusAreaId == area.Id);
        return Page();
    }
}
