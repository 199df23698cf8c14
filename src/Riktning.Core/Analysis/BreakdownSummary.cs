using Riktning.Statistics;

namespace Riktning.Analysis;

/// <summary>One measure in one region and period, taken apart: by sex, by municipality and by any other breakdown present.</summary>
public sealed record BreakdownSummary(string Region, string Period, SexGap? Sex, MunicipalitySpread? Municipalities, IReadOnlyList<DimensionValues> Dimensions)
{
    /// <summary>
    /// Summarises the points of <paramref name="period"/>. Sex and the other dimensions are read from the region's
    /// one-dimension series (<c>sex=women</c>, <c>age=20-64</c>); crossed series such as <c>age=20-64;sex=women</c> are
    /// left to the detailed views, since a table of every combination is not a summary. Municipalities are read from
    /// their totals. Points without a value are left out of the sex gap and the municipality figures, never read as 0.
    /// </summary>
    public static BreakdownSummary From(IEnumerable<RegionPoint> points, string region, string period, IReadOnlyCollection<string> municipalityKeys)
    {
        var inPeriod = points.Where(p => p.Period == period).ToList();
        var single = inPeriod
            .Where(p => p.RegionKey == region && p.Breakdown.Length > 0 && !p.Breakdown.Contains(';', StringComparison.Ordinal))
            .Select(p => (Parts: BreakdownKey.Parse(p.Breakdown).Single(), Point: p))
            .ToList();

        var women = single.FirstOrDefault(s => s.Parts is { Key: "sex", Value: "women" }).Point.Value;
        var men = single.FirstOrDefault(s => s.Parts is { Key: "sex", Value: "men" }).Point.Value;
        var sex = single.Any(s => s.Parts.Key == "sex") ? new SexGap(women, men) : null;

        var dimensions = single.Where(s => s.Parts.Key != "sex")
            .GroupBy(s => s.Parts.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DimensionValues(g.Key, [.. g
                .OrderBy(s => s.Parts.Value, StringComparer.Ordinal)
                .Select(s => new CategoryValue(s.Parts.Value, s.Point.Value, s.Point.Status))]))
            .ToList();

        var municipalities = new HashSet<string>(municipalityKeys, StringComparer.Ordinal);
        var values = inPeriod
            .Where(p => p.Breakdown.Length == 0 && p.Value is not null && municipalities.Contains(p.RegionKey))
            .Select(p => new RegionValue(p.RegionKey, p.Value!.Value));

        return new BreakdownSummary(region, period, sex, MunicipalitySpread.Of(values), dimensions);
    }
}
