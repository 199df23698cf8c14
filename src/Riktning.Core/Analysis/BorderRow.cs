namespace Riktning.Analysis;

/// <summary>
/// One region of the border-region comparison: its value in <see cref="Period"/> (the Swedish measure's period, the
/// Norwegian one's moved by the pair's rule), the period as its source published it, and null when it has none.
/// </summary>
public sealed record BorderRow(string RegionKey, string? Period, string? PublishedPeriod, double? Value)
{
    public string Country => Regions.RegionKey.Parse(RegionKey).Country;

    public bool IsNational => Regions.RegionKey.Parse(RegionKey).IsCountry;
}
