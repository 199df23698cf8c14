using Microsoft.AspNetCore.Mvc;
using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Strategy;

public sealed class IndicatorModel(SiteDefinitions site) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    public Goal Goal { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        var match = Strategy.FocusAreas
            .SelectMany(a => a.Goals.SelectMany(g => g.Indicators.Select(i => (Area: a, Goal: g, Indicator: i))))
            .FirstOrDefault(x => x.Indicator.Id == id);
        if (match.Indicator is null)
        {
            return NotFound();
        }

        (Area, Goal, Indicator) = match;
        return Page();
    }
}
