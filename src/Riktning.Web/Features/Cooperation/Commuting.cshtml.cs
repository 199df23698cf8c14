using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Riktning.CrossBorder.Commuting;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Strategy;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Commuting across the border: the imported origin–destination flows of the latest year as a server-drawn flow map and
/// a sortable table, the totals by year and source, and beside them the totals the cooperation documents state, each
/// with its own definition, so that no figure is quoted without what it counts.
/// </summary>
public sealed class CommutingModel(RiktningDb db, SiteDefinitions site, RegionRegistry regions) : PageModel
{
    public IReadOnlyList<CommutingFlow> Flows { get; private set; } = [];

    public int? Year { get; private set; }

    /// <summary>Persons per year and source (both sexes), for the trend table.</summary>
    public IReadOnlyList<(string Source, int Year, double Persons)> Totals { get; private set; } = [];

    /// <summary>The commuting figures the cooperation definition states, with their wording (the definition each uses).</summary>
    public IReadOnlyList<Fact> StatedTotals { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public string Sort { get; private set; } = "persons";

    public async Task OnGetAsync(string? sort, CancellationToken cancellationToken)
    {
        Sort = sort is "origin" or "destination" ? sort : "persons";
        var all = await db.CommutingFlows.AsNoTracking().Where(f => f.Sex == "").ToListAsync(cancellationToken);
        Totals = [.. all.GroupBy(f => (f.Source, f.Year)).Select(g => (g.Key.Source, g.Key.Year, g.Sum(f => f.Persons))).OrderBy(t => t.Source, StringComparer.Ordinal).ThenBy(t => t.Year)];
        Year = all.Count > 0 ? all.Max(f => f.Year) : null;
        var latest = all.Where(f => f.Year == Year).ToList();
        Flows = Sort switch
        {
            "origin" => [.. latest.OrderBy(f => f.OriginKey, StringComparer.Ordinal).ThenByDescending(f => f.Persons)],
            "destination" => [.. latest.OrderBy(f => f.DestinationKey, StringComparer.Ordinal).ThenByDescending(f => f.Persons)],
            _ => [.. latest.OrderByDescending(f => f.Persons).ThenBy(f => f.OriginKey, StringComparer.Ordinal)],
        };
        RegionNames = (await regions.ListAsync(cancellationToken: cancellationToken))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
        if (await site.CooperationAsync(cancellationToken) is { } cooperation)
        {
            StatedTotals = [.. cooperation.Definition.Facts.Where(f => f.Id.Contains("pendl", StringComparison.Ordinal))];
        }
    }

    public string Name(string key) => RegionNames.GetValueOrDefault(key, key);
}
