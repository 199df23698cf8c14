using Microsoft.AspNetCore.Mvc;
using Riktning.Analysis;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Municipalities;

/// <summary>One Värmland municipality beside Värmland and Sweden: every measure's latest total, in the same period.</summary>
public sealed class ProfileModel(SiteDefinitions site, ObservationQueries observations, RegionRegistry regions, IndicatorAnalysisService analysis) : StrategyPage
{
    public const string CountyKey = "SE-17";

    public const string CountryKey = "SE";

    public Region Municipality { get; private set; } = null!;

    /// <summary>Per measure with a total for the municipality: its latest, with Värmland's and Sweden's for that period.</summary>
    public IReadOnlyDictionary<string, ComparedTotals> Totals { get; private set; } = new Dictionary<string, ComparedTotals>();

    public string CountyName { get; private set; } = CountyKey;

    public string CountryName { get; private set; } = CountryKey;

    /// <summary>The municipality's group in each imported classification: (classification key and name, group name).</summary>
    public IReadOnlyList<(MunicipalityGrouping Classification, string Group)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        var all = await regions.ListAsync("SE", cancellationToken: cancellationToken);
        // The municipality's current name; a municipality that no longer exists keeps its last one.
        var municipality = all
            .Where(r => r.Key == key && r.Level == RegionLevel.Municipality && r.ParentCode == IndexModel.County)
            .OrderByDescending(r => r.ValidFrom)
            .FirstOrDefault();
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        CountyName = all.LastOrDefault(r => r.Key == CountyKey)?.Name ?? CountyKey;
        CountryName = all.LastOrDefault(r => r.Key == CountryKey)?.Name ?? CountryKey;
        Groups = [.. (await analysis.MunicipalityGroupingsAsync("SE", cancellationToken))
            .Where(g => g.GroupOf.ContainsKey(municipality.Key))
            .Select(g => (g, g.Groups.Single(x => x.Code == g.GroupOf[municipality.Key]).Name))];
        Totals = await observations.ComparedTotalsAsync(Strategy.Measures.Select(m => m.Id), municipality.Key, [CountyKey, CountryKey], cancellationToken);
        return Page();
    }
}
