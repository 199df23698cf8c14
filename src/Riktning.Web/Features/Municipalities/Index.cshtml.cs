using System.Globalization;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Municipalities;

public sealed class IndexModel(SiteDefinitions site, RegionRegistry regions) : StrategyPage
{
    /// <summary>The county whose municipalities have profiles: Värmland.</summary>
    public const string County = "17";

    public IReadOnlyList<Region> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The list does not depend on the strategy; loading it only names the site.
        await LoadStrategyAsync(site, cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var names = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);
        Municipalities = [.. (await regions.ListAsync("SE", RegionLevel.Municipality, today, cancellationToken))
            .Where(r => r.ParentCode == County)
            .OrderBy(r => r.Name, names)];
    }
}
