namespace Riktning.Analysis;

/// <summary>
/// How a county's municipalities differ in one period: lowest, highest, median and spread (highest − lowest) over the
/// <see cref="Count"/> municipalities that have a value. Ties for lowest or highest go to the lowest region key, so the
/// same data always names the same municipality.
/// </summary>
public sealed record MunicipalitySpread(int Count, RegionValue Min, RegionValue Max, double Median)
{
    public double Spread => Max.Value - Min.Value;
}
