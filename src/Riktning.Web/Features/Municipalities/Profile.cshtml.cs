using Riktning.Analysis;

namespace Riktning.Web.Features.Municipalities;

/// <summary>One municipality of the strategy's region beside the region and its country: every measure's latest total, in the same period.</summary>
/// <remarks>Between imports the page cannot change: anonymous views are served from its rendered HTML (<see cref="PageOutputCache"/>).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class ProfileModel(SiteDefinitions site, ObservationQueries observations, RegionRegistry regions, IndicatorAnalysisService analysis) : StrategyPage
{
    public Region Municipality { get; private set; } = null!;

    /// <summary>The region's country, as a region key (<c>SE</c>).</summary>
    public string CountryKey { get; private set; } = "";

    /// <summary>Per measure with a total for the municipality: its latest, with the region's and the country's for that period.</summary>
    public IReadOnlyDictionary<string, ComparedTotals> Totals { get; private set; } = new Dictionary<string, ComparedTotals>();

    public string CountyName { get; private set; } = "";

    public string CountryName { get; private set; } = "";

    /// <summary>The municipality's group in each imported classification: (classification key and name, group name).</summary>
    public IReadOnlyList<(MunicipalityGrouping Classification, string Group)> Groups { get; private set; } = [];

    /// <summary>
    /// Whether a measure can have figures for this municipality: one counted in its country's region codes (a measure bound
    /// to an SSB table has no Swedish municipality, and the reverse), so the profile does not list it as "no data yet".
    /// </summary>
    public bool Covers(Riktning.Strategy.Measure measure) =>
        (Riktning.Statistics.ImportMapping.For(measure).Regions == Riktning.Statistics.RegionCodeSystem.Norwegian) == (Municipality.Country == "NO");

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        // The municipality's current name; a municipality that no longer exists keeps its last one.
        var municipality = (await IndexModel.MunicipalitiesAsync(regions, Region, null, cancellationToken))
            .Where(r => r.Key == key)
            .OrderByDescending(r => r.ValidFrom)
            .FirstOrDefault();
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        CountryKey = municipality.Country;
        var all = await regions.ListAsync(CountryKey, cancellationToken: cancellationToken);
        CountyName = all.LastOrDefault(r => r.Key == Region)?.Name ?? Region;
        CountryName = all.LastOrDefault(r => r.Key == CountryKey)?.Name ?? CountryKey;
        Groups = [.. (await analysis.MunicipalityGroupingsAsync(CountryKey, cancellationToken))
            .Where(g => g.GroupOf.ContainsKey(municipality.Key))
            .Select(g => (g, g.Groups.Single(x => x.Code == g.GroupOf[municipality.Key]).Name))];
        Totals = await observations.ComparedTotalsAsync(Strategy.Measures.Select(m => m.Id), municipality.Key, [Region, CountryKey], cancellationToken);
        return Page();
    }
}
