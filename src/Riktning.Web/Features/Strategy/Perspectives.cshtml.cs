using Microsoft.AspNetCore.Mvc;
using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Strategy;

public sealed class PerspectivesModel(SiteDefinitions site) : StrategyPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadStrategyAsync(site, cancellationToken) ? Page() : NotFound();
}
