namespace Riktning.Analysis;

/// <summary>
/// How a county's municipalities differ in one period: lowest, highest, median and spread (highest − lowest) over the
/// <see cref="Count"/> municipalities that have a value. Ties for lowest or highest go to the lowest region key, so the
/// same data always names the same municipality.
/// </summary>
public sealed record MunicipalitySpread(int Count, RegionValue Min, RegionValue Max, double Median)
{
    public double Spread => Max.Value - Min.Value;

    /// <summary>The spread of the given values; null when there are none.</summary>
    public static MunicipalitySpread? Of(IEnumerable<RegionValue> values)
    {
        var ordered = values.OrderBy(v => v.Value).ThenBy(v => v.RegionKey, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var max = ordered.Where(v => v.Value == ordered[^1].Value).MinBy(v => v.RegionKey, StringComparer.Ordinal)!;
        var middle = ordered.Count / 2;
        var median = ordered.Count % 2 == 1 ? ordered[middle].Value : (ordered[middle - 1].Value + ordered[middle].Value) / 2;
        return new MunicipalitySpread(ordered.Count, ordered[0], max, median);
    }
}
