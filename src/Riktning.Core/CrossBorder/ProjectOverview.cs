namespace Riktning.CrossBorder;

/// <summary>
/// Projects counted by priority cooperation area and by border region (municipalities rolled up to their county). A
/// project counts once in every area and region it names, so the cells do not add up to <see cref="Total"/>.
/// </summary>
public sealed record ProjectOverview(
    int Total,
    IReadOnlyDictionary<string, int> ByRegion,
    IReadOnlyDictionary<(string Area, string Region), int> ByAreaAndRegion,
    IReadOnlyDictionary<string, int> ByArea)
{
    public int Count(string area, string region) => ByAreaAndRegion.GetValueOrDefault((area, region));

    public int Count(string region) => ByRegion.GetValueOrDefault(region);
}
