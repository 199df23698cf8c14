using Riktning.Statistics;

namespace Riktning.Analysis;

/// <summary>
/// The border-region view's figures: for each comparable pair of a strategy, the Swedish and Norwegian values of the
/// strategy's region, its partner regions (<c>partnerRegions:</c> of the definition) and the two countries, through
/// <see cref="BorderComparison"/>. Read-only.
/// </summary>
public sealed class BorderRegionService(RiktningDb db, RegionRegistry registry)
{
    /// <summary>
    /// The rows of the view, in display order: the strategy's region, its Swedish partner regions and Sweden, then the
    /// Norwegian partner regions (a unit of a past period, such as Viken, after today's) and Norway.
    /// </summary>
    public static IReadOnlyList<string> RegionsOf(StrategyDefinition strategy)
    {
        var home = IndicatorAnalysisService.RegionOf(strategy);
        var homeCountry = RegionKey.Parse(home).Country;
        var partners = strategy.PartnerRegions.Where(k => k != home).Distinct(StringComparer.Ordinal).ToList();
        IEnumerable<string> Of(string country) => partners.Where(k => RegionKey.Parse(k) is { IsCountry: false } key && key.Country == country);
        var other = homeCountry == "SE" ? "NO" : "SE";
        return [home, .. Of(homeCountry), homeCountry, .. Of(other), other];
    }

    /// <summary>The table of one pair; a pair marked not comparable is refused (<see cref="ConflictException"/>) with its reason.</summary>
    public async Task<BorderTable> CompareAsync(StrategyDefinition strategy, MeasurePair pair, GeographyChoice geography, DateOnly today, CancellationToken cancellationToken = default)
    {
        pair.RequireComparable();
        var regions = RegionsOf(strategy);
        var swedishKeys = regions.Where(k => RegionKey.Parse(k).Country == "SE").ToList();
        var norwegianKeys = regions.Where(k => RegionKey.Parse(k).Country == "NO").ToList();
        var rule = pair.Rule is { Kind: not HarmonisationKind.Currency, Breakdown: { } breakdown } r ? (Breakdown: breakdown, r.Categories) : default;
        var norwegianBreakdowns = rule.Breakdown is null
            ? [BreakdownKey.Total]
            : rule.Categories.Select(c => BreakdownKey.Format([new(rule.Breakdown, c)])).ToList();

        var swedish = await (from o in db.Observations
                             join s in db.ObservationSeries on o.SeriesId equals s.Id
                             where s.MeasureId == pair.Swedish && s.Breakdown == BreakdownKey.Total && swedishKeys.Contains(s.RegionKey)
                             select new PlacedValue(s.RegionKey, o.Period, o.Value))
            .ToListAsync(cancellationToken);
        var norwegianRows = await (from o in db.Observations
                                   join s in db.ObservationSeries on o.SeriesId equals s.Id
                                   where s.MeasureId == pair.Norwegian && norwegianBreakdowns.Contains(s.Breakdown) && norwegianKeys.Contains(s.RegionKey)
                                   select new { s.RegionKey, s.Breakdown, o.Period, o.Value })
            .ToListAsync(cancellationToken);
        var norwegian = norwegianRows.Select(n => (Category: n.Breakdown.Length == 0 ? "" : BreakdownKey.Parse(n.Breakdown)[rule.Breakdown!], new PlacedValue(n.RegionKey, n.Period, n.Value)));

        var places = geography == GeographyChoice.AsToday
            ? new RegionGeography(await registry.ListAsync("NO", cancellationToken: cancellationToken), await registry.ChangesAsync("NO", cancellationToken))
            : null;
        var kind = strategy.Measures.FirstOrDefault(m => m.Id == pair.Norwegian)?.Kind;
        return BorderComparison.From(pair, kind, IndicatorAnalysisService.RegionOf(strategy), regions, swedish, norwegian, places, today);
    }
}
