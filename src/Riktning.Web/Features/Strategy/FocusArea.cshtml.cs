using Microsoft.AspNetCore.Mvc;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Strategy;

public sealed class FocusAreaModel(SiteDefinitions site) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken) || Strategy.FocusAreas.FirstOrDefault(a => a.Id == id) is not { } area)
        {
            return NotFound();
        }

        Area = area;
        return Page();
    }
}
