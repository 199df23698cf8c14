namespace Riktning.Web.Features.Municipalities;

/// <summary>The municipalities of the strategy's region, each linking to its profile; anonymous views come from <see cref="PageOutputCache"/>.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class IndexModel(SiteDefinitions site, RegionRegistry regions) : StrategyPage
{
    public IReadOnlyList<Region> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Without a strategy there is no region, and the list stays empty.
        if (await LoadStrategyAsync(site, cancellationToken))
        {
            Municipalities = await MunicipalitiesAsync(regions, Region, DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken);
        }
    }

    /// <summary>The municipalities in a region on a day (all of them, across reforms, when null), by Swedish name.</summary>
    internal static async Task<IReadOnlyList<Region>> MunicipalitiesAsync(RegionRegistry regions, string region, DateOnly? on, CancellationToken cancellationToken)
    {
        var (country, code) = RegionKey.Parse(region);
        var names = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);
        return [.. (await regions.ListAsync(country, RegionLevel.Municipality, on, cancellationToken))
            .Where(r => r.ParentCode == code)
            .OrderBy(r => r.Name, names)];
    }
}
