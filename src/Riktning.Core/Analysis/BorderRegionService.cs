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

    /// <summary>
    /// The municipality level's rows, in display order: the home region's municipalities valid on <paramref name="today"/>
    /// (from the registry, by code), then <paramref name="partnerMunicipalities"/> (the cooperation definition's
    /// <c>partnerMunicipalities:</c>; the home region is the strategy's). A listed code the registry does
    /// not know as a municipality valid today is refused, naming it: the list names today's units, and older codes are
    /// reached through the change tables.
    /// </summary>
    public async Task<IReadOnlyList<string>> MunicipalitiesOfAsync(StrategyDefinition strategy, IReadOnlyList<string> partnerMunicipalities, DateOnly today, CancellationToken cancellationToken = default)
    {
        var home = RegionKey.Parse(IndicatorAnalysisService.RegionOf(strategy));
        var own = await registry.ListAsync(home.Country, RegionLevel.Municipality, today, cancellationToken);
        var partners = new List<string>();
        foreach (var key in partnerMunicipalities.Distinct(StringComparer.Ordinal))
        {
            if (await registry.FindAsync(key, today, cancellationToken) is not { Level: RegionLevel.Municipality })
            {
                throw new InvalidInputException(
                    $"partnerMunicipalities: {key} is not a municipality valid on {today:yyyy-MM-dd} in the region registry (list today's codes; older codes are placed through the change tables)");
            }

            partners.Add(key);
        }

        return [.. own.Where(r => r.ParentCode == home.Code).Select(r => r.Key), .. partners];
    }

    /// <summary>The table of one pair; a pair marked not comparable is refused (<see cref="ConflictException"/>) with its reason.</summary>
    /// <remarks>
    /// At the municipality level (<paramref name="municipalities"/> from <see cref="MunicipalitiesOfAsync"/>) the
    /// Norwegian figures are read on the listed kommuner and every code that preceded them in the change tables: as
    /// today they are placed on the listed units; as then a preceding unit with figures gets a row of its own after
    /// today's, as Viken does at the county level. The table's period is still the home region's latest.
    /// </remarks>
    public async Task<BorderTable> CompareAsync(StrategyDefinition strategy, MeasurePair pair, GeographyChoice geography, DateOnly today, IReadOnlyList<string>? municipalities = null, CancellationToken cancellationToken = default)
    {
        pair.RequireComparable();
        var home = IndicatorAnalysisService.RegionOf(strategy);
        var regions = municipalities ?? RegionsOf(strategy);
        var changes = await registry.ChangesAsync("NO", cancellationToken);
        var swedishKeys = regions.Where(k => RegionKey.Parse(k).Country == "SE").Append(home).Distinct(StringComparer.Ordinal).ToList();
        var norwegianKeys = regions.Where(k => RegionKey.Parse(k).Country == "NO").ToList();
        if (municipalities is not null)
        {
            norwegianKeys = Predecessors(norwegianKeys, changes);
        }

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
            ? new RegionGeography(await registry.ListAsync("NO", cancellationToken: cancellationToken), changes)
            : null;
        if (municipalities is not null && places is null)
        {
            // As then: a preceding kommune (Aurskog-Høland 3026 before 2024) is a row of its own when it has figures.
            var withFigures = norwegianRows.Select(n => n.RegionKey).ToHashSet(StringComparer.Ordinal);
            regions = [.. regions, .. norwegianKeys.Where(k => !regions.Contains(k) && withFigures.Contains(k))];
        }

        var kind = strategy.Measures.FirstOrDefault(m => m.Id == pair.Norwegian)?.Kind;
        return BorderComparison.From(pair, kind, home, regions, swedish, norwegian, places, today);
    }

    /// <summary>The keys and every municipality code that preceded one of them in the change tables, transitively (listed first).</summary>
    private static List<string> Predecessors(IReadOnlyList<string> keys, IReadOnlyList<RegionChange> changes)
    {
        var result = new List<string>(keys);
        var seen = keys.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var code = RegionKey.Parse(result[i]).Code;
            foreach (var change in changes.Where(c => c.Level == RegionLevel.Municipality && c.ToCode == code))
            {
                var key = RegionKey.Format("NO", change.FromCode);
                if (seen.Add(key))
                {
                    result.Add(key);
                }
            }
        }

        return result;
    }
}
